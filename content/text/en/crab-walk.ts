import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Find a clear stretch of floor with nothing to trip on.',
    'Stand with your feet hip-width apart and bend into a slight squat.',
    'Step sideways with your right foot, toes forward, then bring the left halfway in.',
    'Take all your steps one way, staying low, then come back the other way.',
  ],
  feel: 'In the sides of the buttocks.',
  caution: 'Keep your knees over your toes and do not let your feet touch.',
  why: 'Side steps in a squat make the side glutes work to steady the pelvis, which may help the lower back feel more stable.',
  alt: 'A person in a half squat stepping sideways, feet apart.',
  mistakes: ['Standing up straight between steps.', 'Letting the feet touch.'],
  easier: 'Stand a little taller and take shorter steps.',
  harder: 'Sink a little lower and take wider steps.',
  breathing: 'Breathe steadily with each step.',
  intensity: 'Warm work in the sides of the buttocks.',
};

export default text;
