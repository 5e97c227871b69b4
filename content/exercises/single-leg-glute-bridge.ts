import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'single-leg-glute-bridge',
  kind: 'activation',
  targets: ['gluteus maximus', 'gluteus medius', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 6, secondsPerRep: 4, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['pregnancy'],
  sources: ['000'],
};

export default exercise;
