import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'crab-walk',
  name: 'Crab walk',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus maximus'],
  position: 'standing',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 9, secondsPerRep: 3, perSide: true },
  steps: [
    'Stand with your feet hip-width apart and bend into a slight squat.',
    'Step sideways with one foot, keeping your toes forward.',
    'Bring the other foot halfway in, staying low.',
    'Take all your steps one way, then come back the other way.',
  ],
  feel: 'In the sides of the buttocks.',
  caution: 'Keep your knees over your toes and do not let your feet touch.',
  why: 'Side steps in a squat make the side glutes steady the pelvis, which keeps the lower back stable.',
  sources: ['004'],
  illustration: 'crab-walk.svg',
  alt: 'A person in a half squat stepping sideways, feet apart.',
};

export default exercise;
