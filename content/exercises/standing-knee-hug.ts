import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'standing-knee-hug',
  name: 'Standing knee hug',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back', 'hip flexors'],
  position: 'standing',
  equipment: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Stand next to your desk with one hand resting on it.',
    'Lift one knee and hold the shin with your free hand.',
    'Draw the knee up towards your chest and stand tall.',
    'Press the standing heel down and hold, then switch.',
  ],
  feel: 'In the buttock of the lifted leg and the front of the standing hip.',
  caution: 'Keep a hand on the desk the whole time so you do not lose your balance.',
  why: 'It folds one hip while the standing hip straightens, undoing the bent shape that sitting leaves in the lower back.',
  sources: ['000', '004'],
  adaptsFrom: 'Knees to chest',
  illustration: 'standing-knee-hug.svg',
  alt: 'A person standing by a desk pulling one knee up towards the chest.',
};

export default exercise;
