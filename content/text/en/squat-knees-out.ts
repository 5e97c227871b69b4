import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand with your feet shoulder-width apart, a desk in front of you if you like.',
    'Sit your hips back into a shallow squat, pressing your knees out over your toes.',
    'Stand back up, squeezing your buttocks, and go again: about 3 seconds a squat.',
  ],
  feel: 'In your buttocks and the outsides of the hips.',
  caution: 'Go only as low as is pain-free, keep your heels down, and stand up to rest whenever you need.',
  why: 'Squatting with the knees pushed out asks the hips to power the movement, which can make lifting feel easier on the lower back.',
  alt: 'A person in a half squat, seen from the front, with the knees pushed outward.',
  mistakes: ['Letting the knees cave in as you press.', 'Squatting deeper than is comfortable.'],
  easier: 'Squat only a little way, or hold the desk.',
  harder: 'Sit back a little more slowly, pressing the knees out all the way down.',
  breathing: 'Breathe out as the knees press out.',
  intensity: 'Hard but steady effort in the buttocks and thighs.',
};

export default text;
