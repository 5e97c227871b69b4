import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your back, knees bent, feet flat and hip-width apart.',
    'Tighten your belly lightly and breathe out.',
    'Squeeze your buttocks and raise your hips off the floor.',
    'Stop before your back arches, and hold for about three seconds.',
    'Roll down slowly and repeat.',
  ],
  feel: 'In your buttocks, with a little work in the backs of the thighs.',
  caution: 'Lift only to a straight line from shoulders to knees, not higher.',
  why: 'Strong buttock muscles help carry the hips, and training them may leave the lower back less to do.',
  alt: 'A person with shoulders on the floor, knees bent and hips raised in a bridge.',
  mistakes: ['Pushing the hips so high that the lower back arches.', 'Letting the knees fall in or out.'],
  easier: 'Lift only halfway and hold for a shorter count.',
  harder: 'Hold for five seconds at the top, or move your feet closer together.',
  breathing: 'Breathe out as you lift and in as you roll down.',
  intensity: 'Firm work in the buttocks; stop if the lower back or hamstrings cramp.',
};

export default text;
