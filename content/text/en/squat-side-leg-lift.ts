import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand side-on to your desk with one hand on it, feet hip-width apart.',
    'Bend into a shallow squat with your hips back.',
    'As you rise, lift one leg out to the side.',
    'Set it down, squat again and lift the other leg.',
  ],
  feel: 'In the side of the buttock, especially on the standing leg.',
  caution: 'Keep squats shallow and keep a hand on the desk.',
  why: 'It works the gluteus medius, which helps steady the pelvis as you walk and may ease the load on the lower back.',
  alt: 'A person holding a desk, standing on one leg and lifting the other leg out to the side.',
  mistakes: ['Leaning the body away from the lifting leg.'],
  easier: 'Skip the squat and just lift the leg.',
  harder: 'Pause for a second with the leg out.',
  breathing: 'Breathe in as you squat and out as you rise and lift.',
  intensity: 'Steady effort in the sides of the hips.',
};

export default text;
