import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich vor einen stabilen Schreibtisch, der höchstens bis zur Hüfte reicht.',
    'Leg die Hände auf den Tisch, heb dann das rechte Bein und leg das äußere Schienbein darauf.',
    'Das Standbein bleibt gestreckt, die Hände am Tisch, die Hüfte zeigt zum Tisch.',
    'Neig die Brust mit langem Rücken über das Schienbein.',
    'Halten, das Bein herunternehmen, dann die Beine wechseln.',
  ],
  feel: 'Tief im Gesäß und außen an der Hüfte des Beins auf dem Tisch.',
  caution:
    'Lass sie weg, wenn der Tisch zu hoch ist, um das Bein ohne Hüpfen oder Verdrehen hinaufzubringen, oder wenn das Knie protestiert.',
  why: 'Eine Dehnung wie die Taube, nur ohne Boden, kann feste tiefe Hüftrotatoren lockern, was viele auch im unteren Rücken spüren.',
  alt: 'Eine Person steht an einem Schreibtisch, ein gebeugtes Bein liegt auf der Tischplatte, darüber vorgeneigt.',
  mistakes: ['Die Hände vom Tisch nehmen.', 'Hüpfen, um das Bein hinaufzubekommen.'],
  easier: 'Mach stattdessen die Figur-4-Dehnung im Sitzen.',
  harder: 'Neig dich mit langem Rücken etwas weiter vor.',
  breathing: 'Atme langsam und neig dich bei jedem Ausatmen ein wenig mehr.',
  intensity: 'Eine kräftige Dehnung im Gesäß, nie Schmerz im Knie.',
};

export default text;
