import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand side-on to your desk and rest one hand on it.',
    'Step your right foot well back and lift that heel.',
    'Tuck your tailbone under and squeeze the back buttock.',
    'Bend the front knee a little until the front of the back hip stretches.',
    'Hold, then step the other foot back.',
  ],
  feel: 'At the front of the hip of the back leg.',
  caution: 'Keep your back upright; leaning back only arches the spine.',
  why: 'Hip flexors stay short while you sit; stretching them may ease the front of the hip and the lower back after a long sit.',
  alt: 'A person in a long split stance, one hand on a desk, stretching the front of the rear hip.',
  mistakes: ['Arching the back instead of tucking the tailbone.'],
  easier: 'Take a shorter step back.',
  harder: 'Reach the arm on the back-leg side up and over.',
  breathing: 'Breathe slowly and tuck the tailbone a little more as you breathe out.',
  intensity: 'A gentle stretch at the front of the hip, never pain in the back.',
};

export default text;
