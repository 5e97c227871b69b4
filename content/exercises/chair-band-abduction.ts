import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'chair-band-abduction',
  name: 'Chair band abduction',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus', 'piriformis'],
  position: 'seated',
  equipment: 'band',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 15, secondsPerRep: 4, perSide: false },
  steps: [
    'Sit tall on your chair with a loop band just above your knees.',
    'Set your feet flat and hip-width apart.',
    'Push your knees apart against the band, keeping your feet down.',
    'Bring them back together slowly and under control.',
  ],
  feel: 'In the outer buttocks and the sides of the hips.',
  caution: 'Start with a light band and move up only once this feels easy.',
  why: 'Stronger outer hip muscles keep the pelvis steady, which spares the lower back.',
  sources: ['003'],
  adaptsFrom: 'Seated hip abduction with a band',
  illustration: 'chair-band-abduction.svg',
  alt: 'A person sitting on a chair with a band around the knees, pushing the knees apart.',
};

export default exercise;
