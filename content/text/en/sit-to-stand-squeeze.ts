import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit near the front of a steady chair, feet flat and hip-width apart.',
    'Cross your arms over your chest.',
    'Lean forward and stand up by driving through your heels.',
    'At the top, squeeze your buttocks for two seconds.',
    'Sit back down slowly and with control.',
  ],
  feel: 'In your buttocks and the fronts of your thighs.',
  caution: 'Not for a chair with wheels or one that swivels; use your hands if you need them.',
  why: 'Rising from a chair is a glute job; practising it with the glutes working may spare the lower back some effort.',
  alt: 'A person rising from a chair with arms crossed over the chest.',
  mistakes: ['Letting the knees fall in as you rise.', 'Dropping back into the seat.'],
  easier: 'Push up with your hands on your thighs.',
  harder: 'Lower yourself over a slow count of four.',
  breathing: 'Breathe out as you stand, and in as you sit down.',
  intensity: 'Steady effort in the buttocks and thighs, never pain in the knees.',
};

export default text;
