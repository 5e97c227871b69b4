import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'standing-kickback',
  name: 'Standing kickback at the desk',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'standing',
  equipment: 'desk',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 2, perSide: true },
  steps: [
    'Stand facing your desk with both hands on it.',
    'Lean forward slightly and keep your back straight.',
    'Push one straight leg back, squeezing that buttock.',
    'Stop before your lower back arches, then lower the leg.',
    'Finish the set and change legs.',
  ],
  feel: 'In the buttock of the leg moving back.',
  caution: 'Keep the kick small and slow; a big swing only arches the back.',
  why: 'It teaches the hip, not the lower back, to move the leg behind you.',
  sources: ['004'],
  adaptsFrom: 'Donkey kick',
  illustration: 'standing-kickback.svg',
  alt: 'A person holding a desk and pushing one straight leg back behind them.',
};

export default exercise;
