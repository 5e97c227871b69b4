import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich mit gestreckten Beinen auf den Boden.',
    'Richte dich auf und kipp dann aus der Hüfte nach vorn.',
    'Lass die Hände an den Beinen entlanggleiten, so weit es angenehm ist.',
    'Halten, für einen Atemzug aufrichten, dann wieder nach vorn beugen.',
  ],
  feel: 'An der Rückseite der Oberschenkel und quer über den unteren Rücken.',
  caution:
    'Beug die Knie etwas, wenn der Rücken sich stark rundet oder die Beine scharf ziehen, und lass die Übung weg, wenn das Beugen Schmerzen ins Bein schickt.',
  why: 'Lockere hintere Oberschenkel und Gesäßmuskeln können helfen, dass du dich mehr aus der Hüfte und weniger aus dem unteren Rücken nach vorn beugst.',
  alt: 'Eine Person sitzt mit gestreckten Beinen am Boden und beugt sich zu den Schienbeinen vor.',
  mistakes: ['Den oberen Rücken stark runden, um weiter zu kommen.', 'Am Ende der Bewegung wippen.'],
  easier: 'Beug die Knie etwas oder setz dich auf ein gefaltetes Handtuch.',
  harder: 'Zieh beim Halten die Fußspitzen zu dir.',
  breathing: 'Beim Einatmen aufrichten, beim Ausatmen etwas weiter nach vorn.',
  intensity: 'Ein leichter Zug an der Beinrückseite, nie Schmerz in der Kniekehle.',
};

export default text;
