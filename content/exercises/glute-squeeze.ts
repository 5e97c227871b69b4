import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'glute-squeeze',
  name: 'Glute squeeze',
  kind: 'activation',
  targets: ['gluteus maximus'],
  position: 'standing',
  equipment: 'none',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  steps: [
    'Stand tall with your feet hip-width apart and knees soft.',
    'Squeeze both buttocks firmly together.',
    'Hold for about five seconds while breathing normally.',
    'Let go fully for a moment, then squeeze again.',
  ],
  feel: 'Through both buttocks, with the hips pressing slightly forward.',
  caution: 'Do not clench your belly or hold your breath while squeezing.',
  why: 'Switching the glutes on reminds them to share the load the lower back has been carrying.',
  sources: ['004'],
  illustration: 'glute-squeeze.svg',
  alt: 'A person standing upright, with small arrows showing the buttocks squeezing together.',
};

export default exercise;
