import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'squat-knees-out',
  name: 'Squat with knees pressed out',
  kind: 'activation',
  targets: ['gluteus maximus', 'gluteus medius'],
  position: 'standing',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 5, perSide: false },
  steps: [
    'Stand with your feet shoulder-width apart.',
    'Sit your hips back and bend your knees, no lower than thighs level with the floor.',
    'At the bottom, press your knees outward over your toes.',
    'Stand up while squeezing your buttocks, then repeat.',
  ],
  feel: 'In your buttocks and the outsides of the hips.',
  caution: 'Stay in a pain-free depth and keep your heels on the floor.',
  why: 'Squatting with the knees pushed out makes the hips, not the low back, power the lift.',
  sources: ['000'],
  illustration: 'squat-knees-out.svg',
  alt: 'A person in a half squat, seen from the front, with the knees pushed outward.',
};

export default exercise;
