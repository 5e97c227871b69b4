import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'single-leg-stand',
  name: 'Single-leg stand',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'standing',
  equipment: 'none',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Stand tall near your desk, feet under your hips.',
    'Shift your weight onto your left foot.',
    'Lift the right foot just off the floor.',
    'Keep both hips at the same height, without leaning over the standing leg.',
    'Hold, put the foot down, then stand on the right leg.',
  ],
  feel: 'In the side of the buttock of the standing leg.',
  caution: 'Stay within reach of the desk and touch it whenever you wobble.',
  why: 'The side glutes of the standing leg keep the pelvis from dropping, which steadies the lower back with every step.',
  sources: ['000', '004'],
  adaptsFrom: 'Squat with side leg lift',
  illustration: 'single-leg-stand.svg',
  alt: 'A person standing on one leg with hands on hips and the other foot lifted slightly.',
};

export default exercise;
