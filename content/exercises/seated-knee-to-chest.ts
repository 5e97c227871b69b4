import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-knee-to-chest',
  name: 'Seated knee hug',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Sit tall with both feet on the floor.',
    'Lift one knee and wrap your hands around the shin.',
    'Hug it towards your chest while you stay upright.',
    'Hold, breathing slowly, then change legs.',
  ],
  feel: 'In the buttock of the lifted leg and the low back on that side.',
  caution: 'Keep the other foot firmly down so the chair stays still.',
  why: 'Folding one hip at a time gently stretches the back of the pelvis and the low back.',
  sources: ['004'],
  adaptsFrom: 'Single knee to chest',
  illustration: 'seated-knee-to-chest.svg',
  alt: 'A person sitting upright on a chair hugging one knee up to the chest.',
};

export default exercise;
