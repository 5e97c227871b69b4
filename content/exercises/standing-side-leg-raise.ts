import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'standing-side-leg-raise',
  name: 'Standing side leg raise',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'standing',
  equipment: 'desk',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 2, perSide: true },
  steps: [
    'Stand tall beside your desk, one hand on it for balance.',
    'Keep your toes pointing forward.',
    'Lift the outer leg sideways a short way, without leaning over.',
    'Lower it slowly; after the set, turn round for the other leg.',
  ],
  feel: 'In the side of the buttock of the lifting leg.',
  caution: 'Stay upright; tipping your body to lift higher moves the work away from the hip.',
  why: 'The side glutes hold the pelvis level when you walk, which keeps strain off the lower back.',
  sources: ['004'],
  adaptsFrom: 'Squat with side leg lift',
  illustration: 'standing-side-leg-raise.svg',
  alt: 'A person standing at a desk lifting one straight leg out to the side.',
};

export default exercise;
