import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Sitz aufrecht, Knie gebeugt, Füße flach und hüftbreit.',
    'Leg die Hände außen an die Knie.',
    'Drück die Knie nach außen, während die Hände dagegenhalten.',
    'Halte den Druck etwa vier Sekunden, dann locker lassen.',
  ],
  feel: 'Außen im Gesäß und seitlich an der Hüfte.',
  caution: 'Drück kräftig, aber nicht mit aller Kraft; auf einem Drehstuhl bleiben beide Füße fest am Boden.',
  why: 'Sie trainiert die seitlichen Gesäßmuskeln, die das Becken waagerecht halten, was das Gehen für den unteren Rücken leichter machen kann.',
  alt: 'Eine Person auf einem Stuhl drückt die Knie gegen die Hände nach außen.',
  mistakes: ['Die Füße auf die Außenkanten kippen lassen.'],
  easier: 'Drück sanfter.',
  harder: 'Halte jeden Druck sechs Sekunden.',
  breathing: 'Atme beim Drücken gleichmäßig weiter.',
  intensity: 'Kräftige Anstrengung, etwa sieben von zehn, nie Überlastung.',
};

export default text;
