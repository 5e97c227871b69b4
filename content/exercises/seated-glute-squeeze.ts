import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-glute-squeeze',
  name: 'Seated glute squeeze',
  kind: 'activation',
  targets: ['gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 12, secondsPerRep: 5, perSide: false },
  steps: [
    'Sit upright with both feet flat on the floor.',
    'Tighten both buttocks so you rise a little in the seat.',
    'Hold the squeeze for a slow count of four.',
    'Relax completely, then repeat.',
  ],
  feel: 'In both buttocks, lifting you slightly off the chair.',
  caution: 'Keep your shoulders and jaw relaxed; only the buttocks should work.',
  why: 'Glutes left idle for hours weaken and hand their work to the lower back; squeezing wakes them up.',
  sources: ['004'],
  adaptsFrom: 'Glute squeeze',
  illustration: 'seated-glute-squeeze.svg',
  alt: 'A person sitting upright on a chair, with arrows showing the buttocks squeezing.',
};

export default exercise;
