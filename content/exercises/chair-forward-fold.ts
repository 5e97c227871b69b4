import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'chair-forward-fold',
  name: 'Chair forward fold',
  kind: 'stretch',
  targets: ['lower back', 'gluteus maximus', 'hamstrings'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  steps: [
    'Sit near the front of your chair with feet wider than your hips.',
    'Fold your chest down between your knees.',
    'Let your arms and head hang loosely.',
    'Hold, roll up slowly for a breath, then fold again.',
  ],
  feel: 'Along your lower back and into the buttocks.',
  caution: 'Use a chair without wheels, and roll up slowly if you feel light-headed.',
  why: 'Hanging forward lets the lower back lengthen after being held in one shape.',
  sources: ['002'],
  adaptsFrom: 'Seated forward bend',
  illustration: 'chair-forward-fold.svg',
  alt: 'A person sitting on a chair folded forward with the arms hanging to the floor.',
};

export default exercise;
