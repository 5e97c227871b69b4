import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'glute-bridge',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  getReadySeconds: 10,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: ['pregnancy'],
  sources: ['000', '002', '003', '004'],
};

export default exercise;
