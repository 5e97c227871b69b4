import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'walking-long-strides',
  name: 'Walk with long strides',
  kind: 'activation',
  targets: ['gluteus maximus', 'hip flexors', 'hamstrings'],
  position: 'standing',
  equipment: 'none',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 60, rounds: 1, perSide: false },
  steps: [
    'Stand up and find a corridor or a clear path.',
    'Walk at an easy pace with steps a little longer than usual.',
    'Push off from the back foot and feel the buttock behind you work.',
    'Keep your upper body tall and let your arms swing.',
  ],
  feel: 'In the buttock of the back leg as you push away.',
  caution: 'Lengthen your stride only as much as stays comfortable; no lunging.',
  why: 'A long stride moves the hip through its full range, so the glutes, not the lower back, drive each step.',
  sources: ['004'],
  illustration: 'walking-long-strides.svg',
  alt: 'A person walking with a long stride, arms swinging.',
};

export default exercise;
