import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit tall near the front of your chair, feet flat.',
    'Rest your right ankle on your left thigh, just above the knee.',
    'Place your hands on your shins.',
    'Lean slowly forward from the hips with a long back.',
    'Breathe deeply while you hold, then switch legs.',
  ],
  feel: 'In the buttock and outer hip of the crossed leg.',
  caution: 'Lean only to a mild pull; on a chair with wheels, lock them or set it against the desk first.',
  why: 'It stretches the deep hip rotators, which often feel tight after sitting; easing them may help the hips and lower back feel freer.',
  alt: 'A person on a chair with one ankle resting on the other knee, leaning forward.',
  mistakes: ['Rounding the back instead of leaning from the hips.', 'Pushing down hard on the crossed knee.'],
  easier: 'Sit tall without leaning; the crossed leg alone may be enough.',
  harder: 'Lean a little further with your chest lifted.',
  breathing: 'Breathe slowly; lean a touch further on each out-breath.',
  intensity: 'A gentle pull deep in the buttock, never pain in the knee.',
};

export default text;
