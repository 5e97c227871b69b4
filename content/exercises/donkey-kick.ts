import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'donkey-kick',
  name: 'Donkey kick',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 9, secondsPerRep: 3, perSide: true },
  steps: [
    'Start on hands and knees with your back flat.',
    'Keep one knee bent at a right angle.',
    'Press that foot up towards the ceiling, sole first.',
    'Stop when the thigh is level with your body, then lower.',
    'Finish the set and change legs.',
  ],
  feel: 'In the buttock of the lifting leg.',
  caution: 'Let the hip do the work; if your lower back sags, lift less.',
  why: 'It trains the hip to extend on its own, so the lower back stops doing that job.',
  sources: ['004'],
  illustration: 'donkey-kick.svg',
  alt: 'A person on hands and knees pressing one bent leg up behind them.',
};

export default exercise;
