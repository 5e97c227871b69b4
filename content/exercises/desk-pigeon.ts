import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'desk-pigeon',
  name: 'Desk pigeon',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'standing',
  equipment: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Stand facing a sturdy desk that reaches no higher than your hips.',
    'Lift your right leg and lay the outer shin along the desk top, knee bent.',
    'Keep the standing leg straight and your hips facing the desk.',
    'Lean your chest over the shin with a long back.',
    'Hold, lift the leg down, then change legs.',
  ],
  feel: 'Deep in the buttock and outer hip of the leg on the desk.',
  caution: 'Skip it if the desk is too high to reach without hopping or twisting, or if the knee complains.',
  why: 'It gives the hip a pigeon-style stretch without the floor, easing the rotators that pull on the lower back.',
  sources: ['000', '002'],
  adaptsFrom: 'Pigeon pose',
  illustration: 'desk-pigeon.svg',
  alt: 'A person standing at a desk with one bent leg resting on the desk top, leaning over it.',
};

export default exercise;
