import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand with your feet shoulder-width apart, a desk in front of you if you like.',
    'Sit your hips back into a squat, no lower than thighs level with the floor.',
    'Stay down and press your knees outward over your toes, then ease them back.',
    'Do ten presses before you stand up, squeezing your buttocks.',
  ],
  feel: 'In your buttocks and the outsides of the hips.',
  caution: 'Stay at a pain-free depth, keep your heels down, and stand up early if your legs shake.',
  why: 'Squatting with the knees pushed out asks the hips to power the movement, which can make lifting feel easier on the lower back.',
  alt: 'A person in a half squat, seen from the front, with the knees pushed outward.',
  mistakes: ['Letting the knees cave in as you press.', 'Squatting deeper than is comfortable.'],
  easier: 'Squat only a little way, or hold the desk.',
  harder: 'Hold each press out for two seconds.',
  breathing: 'Breathe out as the knees press out.',
  intensity: 'Hard but steady effort in the buttocks and thighs.',
};

export default text;
