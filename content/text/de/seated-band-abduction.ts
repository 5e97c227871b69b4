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
  caution:
    'Halte den Rücken gerade, statt in die Hände zu sinken, und hör auf, wenn es in Hüfte oder Knien zwickt; beginne mit einem leichten Band.',
  why: 'Kräftigere äußere Hüftmuskeln können helfen, das Becken ruhig zu halten, was den unteren Rücken etwas entlasten kann.',
  alt: 'Eine Person sitzt am Boden, Knie gebeugt, und drückt die Knie gegen ein Band auseinander.',
  mistakes: ['Die Füße mit den Knien auseinanderrutschen lassen.', 'Die Knie zurückschnellen lassen.'],
  easier: 'Nimm ein leichteres Band oder keins.',
  harder: 'Halte die Knie jedes Mal zwei Sekunden auseinander.',
  breathing: 'Ausatmen, während du die Knie auseinanderdrückst.',
  intensity: 'Eine Anstrengung, bei der noch ein paar Wiederholungen gingen, nicht bis zum Letzten.',
};

export default text;
