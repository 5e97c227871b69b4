import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich aufrecht seitlich an deinen Schreibtisch, eine Hand darauf.',
    'Verlager dein Gewicht auf den linken Fuß.',
    'Heb den rechten Fuß knapp vom Boden.',
    'Halte beide Hüftseiten auf gleicher Höhe, ohne dich über das Standbein zu lehnen.',
    'Halten, den Fuß absetzen, dann auf das rechte Bein stellen.',
  ],
  feel: 'Seitlich im Gesäß des Standbeins.',
  caution: 'Lass die ganze Zeit eine Hand am Schreibtisch; stütz dich ab, sobald du wackelst.',
  why: 'Die seitlichen Gesäßmuskeln des Standbeins halten das Becken oben; sie zu trainieren kann dem unteren Rücken Halt geben.',
  alt: 'Eine Person steht auf einem Bein, eine Hand am Schreibtisch, der andere Fuß leicht angehoben.',
  mistakes: ['Die Hüfte des angehobenen Beins absinken lassen.', 'Das Standknie durchdrücken.'],
  easier: 'Lass die Zehen des angehobenen Fußes auf dem Boden.',
  harder: 'Berühr den Schreibtisch nur mit einer Fingerspitze.',
  breathing: 'Atme gleichmäßig; wer die Luft anhält, wackelt.',
  intensity: 'Ruhige, gleichmäßige Arbeit seitlich an der Standhüfte.',
};

export default text;
