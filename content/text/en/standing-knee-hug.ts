import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand next to your desk with your left hand resting on it.',
    'Lift your right knee and hold the shin with your free hand.',
    'Draw the knee up towards your chest and stand tall.',
    'Press the standing heel down and hold, then switch.',
  ],
  feel: 'In the buttock of the lifted leg and the front of the standing hip.',
  caution: 'Keep a hand on the desk the whole time so you do not lose your balance.',
  why: 'It folds one hip while the other straightens, a change from the sitting shape that may ease a stiff lower back.',
  alt: 'A person standing by a desk pulling one knee up towards the chest.',
  mistakes: ['Letting go of the desk.', 'Rounding forward to meet the knee.'],
  easier: 'Hold behind the thigh and lift the knee less high.',
  harder: 'Rise onto the toes of the standing foot while holding the desk.',
  breathing: 'Breathe evenly; stand taller as you breathe in.',
  intensity: 'A gentle stretch in the buttock, never pain in the hip.',
};

export default text;
