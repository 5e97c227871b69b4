import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich auf den Rücken, Knie gebeugt, Füße flach.',
    'Streck ein Bein in Verlängerung des anderen Oberschenkels aus.',
    'Drück dich über die aufgestellte Ferse hoch und heb die Hüfte.',
    'Halte beide Hüftseiten auf gleicher Höhe, hoch wie runter.',
    'Beende den Satz, dann Beine wechseln.',
  ],
  feel: 'Im Gesäß des aufgestellten Beins.',
  caution: 'Wenn die Hüfte zur Seite kippt oder der Rücken schmerzt, geh zurück zur Brücke mit beiden Beinen.',
  why: 'Jede Seite allein zu trainieren kann eine schwächere Gesäßhälfte ausgleichen, damit Hüfte und unterer Rücken die Last besser teilen.',
  alt: 'Eine Person in der Brücke, die Hüfte auf einem aufgestellten Fuß angehoben, das andere Bein gestreckt.',
  mistakes: ['Die Hüfte auf der Seite des gestreckten Beins absinken lassen.'],
  easier: 'Mach stattdessen die Brücke mit beiden Beinen.',
  harder: 'Halte oben bei jedem Anheben zwei Sekunden.',
  breathing: 'Ausatmen, während du dich über die Ferse hochdrückst.',
  intensity: 'Harte Arbeit in einer Gesäßhälfte; hör auf, wenn der Rücken übernimmt.',
};

export default text;
