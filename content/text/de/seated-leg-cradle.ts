import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Sitz aufrecht vorn auf dem Stuhl, beide Füße unten.',
    'Heb das rechte Bein und lass das Knie zur Seite fallen.',
    'Halte das Knie mit einer Hand und den Knöchel mit der anderen.',
    'Zieh das ganze Schienbein waagerecht zur Brust.',
    'Halten, das Bein absetzen, dann das linke wiegen.',
  ],
  feel: 'Tief im Gesäß und außen an der Hüfte des angehobenen Beins.',
  caution: 'Heb nur so hoch, wie das Knie es zulässt; einen Stuhl mit Rollen feststellen oder an den Schreibtisch stellen.',
  why: 'Sie lockert Gesäß und tiefe Hüftrotatoren, die langes Sitzen versteifen kann, und kann Hüfte und unterem Rücken mehr Freiheit geben.',
  alt: 'Eine Person auf einem Stuhl hält ein Schienbein waagerecht vor der Brust, das Knie zur Seite.',
  mistakes: ['Das Knie verdrehen, indem du am Fuß ziehst.'],
  easier: 'Leg den Knöchel auf den anderen Oberschenkel, statt das Schienbein zu heben.',
  harder: 'Zieh das Schienbein etwas näher, während du aufrecht sitzt.',
  breathing: 'Atme langsam, während du das Bein wiegst.',
  intensity: 'Ein sanfter Zug außen an der Hüfte, nie Schmerz im Knie.',
};

export default text;
