import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'single-leg-stand',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 1,
  // The working side is the standing leg: the steps stand on the left first.
  firstSide: 'left',
  precautions: ['balance'],
  sources: ['004'],
  // The standing leg's half of the squat with side leg lift, held on its own: not a desk version of it.
  adaptsFrom: 'Squat with side leg lift',
  adaptedAs: 'part',
};

export default exercise;
