import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich auf einer Matte oder einem Teppich auf den Rücken.',
    'Zieh erst ein Knie an, dann das andere, und halte sie mit den Händen.',
    'Zieh sie sanft zur Brust.',
    'Atme beim Halten langsam in den Bauch.',
    'Lass etwas nach und zieh sie für das zweite Halten wieder heran.',
  ],
  feel: 'Quer über den unteren Rücken und oben am Gesäß.',
  caution: 'Zieh sanft mit den Armen; Kopf und Schultern bleiben auf dem Boden liegen.',
  why: 'Den unteren Rücken sanft zu runden kann Muskeln lockern, die sich nach Stunden auf dem Stuhl steif anfühlen.',
  alt: 'Eine Person liegt auf dem Rücken und umarmt beide gebeugten Knie in Richtung Brust.',
  mistakes: ['Kopf und Schultern anheben, um fester zu ziehen.', 'Die Knie ruckartig heranreißen statt langsam.'],
  easier: 'Greif hinter die Oberschenkel statt über die Knie.',
  harder: 'Schaukle beim Halten sanft von Seite zu Seite.',
  breathing: 'Atme in den Bauch; lass bei jedem Ausatmen etwas locker.',
  intensity: 'Ein sanfter, gleichmäßiger Zug über den unteren Rücken, nie Schmerz.',
};

export default text;
