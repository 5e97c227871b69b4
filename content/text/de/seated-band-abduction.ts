import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich mit einem Miniband um die Waden auf den Boden.',
    'Beug die Knie und stell die Füße flach auf.',
    'Lehn dich mit geradem Rücken etwas zurück auf die Hände.',
    'Drück beide Knie gegen das Band nach außen und dreh dabei die Hüfte auf.',
    'Lass sie langsam wieder zusammenkommen.',
  ],
  feel: 'Außen im Gesäß und seitlich an der Hüfte.',
  caution: 'Beginne mit einem leichten Band und nimm erst ein stärkeres, wenn es sich leicht anfühlt.',
  why: 'Kräftigere äußere Hüftmuskeln halten das Becken stabil und nehmen dem unteren Rücken diese Last ab.',
  alt: 'Eine Person sitzt am Boden, Knie gebeugt, und drückt die Knie gegen ein Band auseinander.',
  mistakes: ['Die Füße mit den Knien auseinanderrutschen lassen.', 'Die Knie zurückschnellen lassen.'],
  easier: 'Nimm ein leichteres Band oder keins.',
  harder: 'Halte die Knie jedes Mal zwei Sekunden auseinander.',
  breathing: 'Ausatmen, während du die Knie auseinanderdrückst.',
  intensity: 'Eine Anstrengung, bei der noch ein paar Wiederholungen gingen, nicht bis zum Letzten.',
};

export default text;
