import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your back on a mat or carpet.',
    'Bring one knee up, then the other, and hold them with your hands.',
    'Draw them gently in towards your chest.',
    'Breathe slowly into your belly while you hold.',
    'Ease off a little, then draw them in again for the second hold.',
  ],
  feel: 'Across your lower back and the tops of your buttocks.',
  caution: 'Pull gently with your arms and keep your head and shoulders resting on the floor.',
  why: 'Gently rounding the lower back can ease muscles that feel stiff after hours in a chair.',
  alt: 'A person lying on their back hugging both bent knees towards the chest.',
  mistakes: ['Lifting your head and shoulders to pull harder.', 'Yanking the knees in instead of drawing them slowly.'],
  easier: 'Hold behind your thighs instead of over the knees.',
  harder: 'Rock gently from side to side while you hold.',
  breathing: 'Breathe into your belly and let each out-breath soften the hold.',
  intensity: 'A gentle, even pull across the lower back, never pain.',
};

export default text;
