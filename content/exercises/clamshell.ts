import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'clamshell',
  name: 'Clamshell',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus', 'piriformis'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 2, perSide: true },
  steps: [
    'Lie on your side, head resting on your arm, knees bent and stacked.',
    'Keep your heels touching throughout.',
    'Open the top knee upwards like a shell, without rolling backwards.',
    'Lower it with control, then turn over for the other side.',
  ],
  feel: 'In the outer side of the upper buttock.',
  caution: 'Keep the movement small and the pelvis still; stop if the hip clicks painfully.',
  why: 'The side buttock muscles steady the pelvis with every step, sparing the lower back.',
  sources: ['003', '004'],
  illustration: 'clamshell.svg',
  alt: 'A person lying on their side with knees bent, opening the top knee away from the bottom one.',
};

export default exercise;
