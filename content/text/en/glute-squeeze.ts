import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand tall with your feet hip-width apart and knees soft.',
    'Squeeze both buttocks firmly together.',
    'Hold for about five seconds while breathing normally.',
    'Let go fully for a moment, then squeeze again.',
  ],
  feel: 'Through both buttocks, with the hips pressing slightly forward.',
  caution: 'Do not clench your belly or hold your breath while squeezing.',
  why: 'Switching the glutes on after a long sit may help them share the work the lower back takes on when you stand.',
  alt: 'A person standing upright, with small arrows showing the buttocks squeezing together.',
  mistakes: ['Holding your breath while you squeeze.'],
  easier: 'Squeeze at half strength.',
  harder: 'Hold each squeeze for a slow count of eight.',
  breathing: 'Breathe normally through each squeeze.',
  intensity: 'A firm squeeze, about seven out of ten.',
};

export default text;
