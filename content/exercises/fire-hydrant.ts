import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'fire-hydrant',
  name: 'Fire hydrant',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus maximus'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 9, secondsPerRep: 3, perSide: true },
  steps: [
    'Kneel on all fours, hands under shoulders and knees under hips.',
    'Keeping the knee bent, lift one leg out to the side.',
    'Raise it about as high as your hip, with your back flat.',
    'Lower slowly; after the set, do the other leg.',
  ],
  feel: 'In the side of the buttock of the moving leg.',
  caution: 'Do not lean away or twist your trunk to lift higher.',
  why: 'Waking up the side hip muscles helps keep the pelvis level, which steadies the lower back.',
  sources: ['004'],
  illustration: 'fire-hydrant.svg',
  alt: 'A person on hands and knees lifting one bent leg out to the side.',
};

export default exercise;
