import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich aufrecht auf den Stuhl, ein Miniband knapp über den Knien.',
    'Stell die Füße flach und hüftbreit auf.',
    'Drück die Knie gegen das Band auseinander, die Füße bleiben unten.',
    'Führ sie langsam und kontrolliert wieder zusammen.',
  ],
  feel: 'Außen im Gesäß und seitlich an der Hüfte.',
  caution: 'Beginne mit einem leichten Band; auf einem Drehstuhl bleiben beide Füße fest am Boden.',
  why: 'Kräftigere äußere Hüftmuskeln können helfen, das Becken in Bewegung ruhig zu halten, was den Alltag für den unteren Rücken leichter machen kann.',
  alt: 'Eine Person auf einem Stuhl mit einem Band um die Knie drückt die Knie auseinander.',
  mistakes: ['Die Füße anheben oder auseinanderrutschen lassen.'],
  easier: 'Nimm ein leichteres Band.',
  harder: 'Halte die Knie jedes Mal zwei Sekunden auseinander.',
  breathing: 'Ausatmen, während du die Knie auseinanderdrückst.',
  intensity: 'Eine Anstrengung, bei der noch ein paar Wiederholungen gingen.',
};

export default text;
