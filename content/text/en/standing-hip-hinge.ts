import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand with your feet hip-width apart and knees soft.',
    'Rest your hands on the fronts of your thighs.',
    'Push your hips back and slide your hands towards your knees, back long.',
    'Stop when you feel the backs of the thighs, then drive the hips forward to stand.',
    'Squeeze your buttocks at the top and repeat.',
  ],
  feel: 'In the buttocks and the backs of the thighs.',
  caution: 'Keep your back long the whole way; go only as far as it stays flat.',
  why: 'Bending from the hips with the glutes doing the lifting may make bending and lifting feel easier on the lower back.',
  alt: 'A person bent forward from the hips with a flat back and hands sliding down the thighs.',
  mistakes: ['Rounding the back to reach lower.', 'Bending the knees into a squat.'],
  easier: 'Hinge only a short way, or stand with your back near a wall and reach the hips to it.',
  harder: 'Lower over a slow count of three.',
  breathing: 'Breathe in as you hinge and out as you stand.',
  intensity: 'Steady effort in the buttocks, no strain in the back.',
};

export default text;
