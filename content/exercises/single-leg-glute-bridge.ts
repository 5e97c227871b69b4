import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'single-leg-glute-bridge',
  name: 'Single-leg glute bridge',
  kind: 'activation',
  targets: ['gluteus maximus', 'gluteus medius', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 6, secondsPerRep: 4, perSide: true },
  steps: [
    'Lie on your back with knees bent and feet flat.',
    'Straighten one leg out in line with the other thigh.',
    'Push through the planted heel to lift your hips.',
    'Keep both hips level as you go up and down.',
    'Finish the set, then switch legs.',
  ],
  feel: 'In the buttock of the planted leg.',
  caution: 'If your hips tip to one side or your back aches, go back to the two-leg bridge.',
  why: 'Training each side alone evens out a weak buttock that lets the pelvis sag and the lower back strain.',
  sources: ['000'],
  illustration: 'single-leg-glute-bridge.svg',
  alt: 'A person in a bridge with hips raised on one planted foot and the other leg extended.',
};

export default exercise;
