import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich mit beiden Beinen gestreckt auf den Rücken.',
    'Beug das rechte Knie und halte das Schienbein oder die Rückseite des Oberschenkels.',
    'Zieh dieses Knie zur Brust, das andere Bein bleibt lang am Boden.',
    'Atme beim Halten locker weiter, dann Beine tauschen.',
  ],
  feel: 'Vorn an der Hüfte des gestreckten Beins und im unteren Rücken.',
  caution: 'Ziel ist eine sanfte Dehnung; lass bei jedem stechenden Gefühl nach.',
  why: 'Eine Hüfte zu beugen, während die andere lang bleibt, kann den unteren Rücken entlasten und die Hüftbeuger dehnen, die im Sitzen verkürzt bleiben.',
  alt: 'Eine Person auf dem Rücken, ein Knie an die Brust gezogen, das andere Bein gestreckt.',
  mistakes: ['Das gestreckte Bein vom Boden abheben lassen.', 'Den Kopf anheben, um fester zu ziehen.'],
  easier: 'Lass das andere Knie gebeugt, den Fuß flach am Boden.',
  harder: 'Drück beim Halten die Kniekehle des gestreckten Beins sanft in den Boden.',
  breathing: 'Atme in den Bauch und entspann dich bei jedem Ausatmen etwas mehr.',
  intensity: 'Eine sanfte Dehnung, nie stechender Schmerz.',
};

export default text;
