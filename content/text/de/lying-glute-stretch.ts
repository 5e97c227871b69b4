import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich auf den Rücken, beide Knie gebeugt, Füße flach.',
    'Leg den rechten Knöchel über das linke Knie.',
    'Heb den linken Fuß an und greif hinter den linken Oberschenkel.',
    'Zieh diesen Oberschenkel heran, bis du im rechten Gesäß eine Dehnung spürst.',
    'Halten, dann die Beine tauschen.',
  ],
  feel: 'Tief im Gesäß des gekreuzten Beins.',
  caution: 'Lass das gekreuzte Knie locker; hör auf, wenn Knie oder Hüfte zwicken.',
  why: 'Ein lockeres Gesäß kann der Hüfte mehr Drehung erlauben, was sich für den unteren Rücken angenehmer anfühlen kann.',
  alt: 'Eine Person auf dem Rücken, ein Knöchel über dem anderen Knie, zieht die Beine heran.',
  mistakes: ['So fest ziehen, dass die Hüfte vom Boden abhebt.', 'Auf das gekreuzte Knie drücken.'],
  easier: 'Lass den unteren Fuß auf dem Boden und leg nur den Knöchel darüber.',
  harder: 'Zieh den Oberschenkel etwas näher, das Steißbein bleibt unten.',
  breathing: 'Atme langsam; lass das gekreuzte Knie bei jedem Ausatmen etwas sinken.',
  intensity: 'Eine leichte Dehnung tief im Gesäß, nie ein Zwicken in der Hüfte.',
};

export default text;
