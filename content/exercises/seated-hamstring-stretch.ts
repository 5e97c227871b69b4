import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-hamstring-stretch',
  name: 'Seated hamstring stretch',
  kind: 'stretch',
  targets: ['hamstrings', 'gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Sit on the front edge of your chair.',
    'Straighten one leg in front, heel on the floor and toes up.',
    'With a long back, tip your chest forward from the hips.',
    'Hold at a gentle pull, then change legs.',
  ],
  feel: 'Along the back of the straight thigh, up to the buttock.',
  caution: 'Hinge at the hips; hunching your back only moves the stretch away.',
  why: 'Tight hamstrings pull the pelvis down and make the lower back round when you bend.',
  sources: ['000', '002'],
  adaptsFrom: 'Seated forward bend',
  illustration: 'seated-hamstring-stretch.svg',
  alt: 'A person on a chair edge with one leg straight, heel down, leaning forward over it.',
};

export default exercise;
