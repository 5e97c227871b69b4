import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'squat-side-leg-lift',
  name: 'Squat with side leg lift',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus maximus', 'gluteus minimus'],
  position: 'standing',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 5, perSide: false },
  steps: [
    'Stand with your feet hip-width apart.',
    'Bend into a shallow squat with your hips back.',
    'As you rise, lift one leg out to the side.',
    'Set it down, squat again and lift the other leg.',
  ],
  feel: 'In the side of the buttock, especially on the standing leg.',
  caution: 'Keep squats shallow and hold a desk or wall if you feel unsteady.',
  why: 'It targets the gluteus medius, which stabilises the pelvis for the lower back.',
  sources: ['004'],
  illustration: 'squat-side-leg-lift.svg',
  alt: 'A person standing on one leg, lifting the other leg out to the side.',
};

export default exercise;
