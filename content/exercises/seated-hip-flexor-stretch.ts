import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-hip-flexor-stretch',
  name: 'Seated hip-flexor stretch',
  kind: 'stretch',
  targets: ['hip flexors'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Sit sideways on a steady chair so one thigh hangs off the edge.',
    'Slide that leg back, knee pointing to the floor, toes resting down.',
    'Sit tall and gently tuck your pelvis under.',
    'Hold, then turn round and do the other side.',
  ],
  feel: 'At the front of the hip and thigh of the leg reaching back.',
  caution: 'Choose a chair without wheels and hold its back for balance.',
  why: 'It lengthens the hip flexors, which pull the pelvis into a tilt that strains the lower back.',
  sources: ['000', '003', '004'],
  adaptsFrom: 'Pigeon pose',
  illustration: 'seated-hip-flexor-stretch.svg',
  alt: 'A person sitting sideways on a chair with one leg reaching back, knee towards the floor.',
};

export default exercise;
