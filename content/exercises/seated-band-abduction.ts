import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-band-abduction',
  name: 'Seated hip abduction with a band',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus', 'piriformis'],
  position: 'floor',
  equipment: 'band',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 15, secondsPerRep: 4, perSide: false },
  steps: [
    'Sit on the floor with a loop band around your calves.',
    'Bend your knees and set your feet flat.',
    'Lean back a little on your hands with your back straight.',
    'Push both knees outwards against the band, turning the hips out.',
    'Let them come back together slowly.',
  ],
  feel: 'In the outer buttocks and the sides of the hips.',
  caution: 'Begin with a light band and choose a stronger one only when this feels easy.',
  why: 'Stronger outer hip muscles take the strain of keeping the pelvis steady off the lower back.',
  sources: ['003'],
  illustration: 'seated-band-abduction.svg',
  alt: 'A person sitting on the floor, knees bent, pressing the knees apart against a band.',
};

export default exercise;
