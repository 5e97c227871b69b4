import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'single-knee-to-chest',
  name: 'Single knee to chest',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Lie on your back with both legs straight.',
    'Bend one knee and hold your shin or the back of the thigh.',
    'Bring that knee in towards your chest, keeping the other leg down.',
    'Breathe easily while you hold, then swap legs.',
  ],
  feel: 'In the lower back and the buttock of the bent leg.',
  caution: 'A gentle stretch is the goal; ease off at any sharp feeling.',
  why: 'Stretching one side at a time relaxes the lower back without rounding it all the way.',
  sources: ['004'],
  illustration: 'single-knee-to-chest.svg',
  alt: 'A person lying on their back with one knee hugged to the chest and the other leg straight.',
};

export default exercise;
