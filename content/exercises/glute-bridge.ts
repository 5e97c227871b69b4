import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'glute-bridge',
  name: 'Glute bridge',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  steps: [
    'Lie on your back, knees bent, feet flat and hip-width apart.',
    'Tighten your belly lightly and breathe out.',
    'Squeeze your buttocks and raise your hips off the floor.',
    'Stop before your back arches, and hold for about three seconds.',
    'Roll down slowly and repeat.',
  ],
  feel: 'In your buttocks, with a little work in the backs of the thighs.',
  caution: 'Lift only to a straight line from shoulders to knees, not higher.',
  why: 'Strong buttock muscles help carry the hips, leaving the lower back less to do.',
  sources: ['000', '002', '003', '004'],
  illustration: 'glute-bridge.svg',
  alt: 'A person with shoulders on the floor, knees bent and hips raised in a bridge.',
};

export default exercise;
