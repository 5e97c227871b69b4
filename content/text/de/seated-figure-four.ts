import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich aufrecht vorn auf den Stuhl, Füße flach.',
    'Leg den rechten Knöchel knapp über dem Knie auf den linken Oberschenkel.',
    'Leg die Hände auf die Schienbeine.',
    'Neig dich mit langem Rücken langsam aus der Hüfte nach vorn.',
    'Atme beim Halten tief, dann die Beine wechseln.',
  ],
  feel: 'Im Gesäß und außen an der Hüfte des gekreuzten Beins.',
  caution: 'Neig dich nur bis zu einem leichten Zug vor; einen Stuhl mit Rollen vorher feststellen oder an den Schreibtisch stellen.',
  why: 'Sie dehnt die tiefen Hüftrotatoren, die sich nach dem Sitzen oft fest anfühlen; sie zu lockern kann Hüfte und unterem Rücken mehr Freiheit geben.',
  alt: 'Eine Person auf einem Stuhl, ein Knöchel auf dem anderen Knie, nach vorn geneigt.',
  mistakes: ['Den Rücken runden, statt sich aus der Hüfte vorzuneigen.', 'Fest auf das gekreuzte Knie drücken.'],
  easier: 'Sitz aufrecht, ohne dich vorzuneigen; das gekreuzte Bein kann schon reichen.',
  harder: 'Neig dich mit angehobener Brust etwas weiter vor.',
  breathing: 'Atme langsam; neig dich bei jedem Ausatmen ein wenig weiter.',
  intensity: 'Ein sanfter Zug tief im Gesäß, nie Schmerz im Knie.',
};

export default text;
