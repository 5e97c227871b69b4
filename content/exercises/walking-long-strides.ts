import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'walking-long-strides',
  kind: 'activation',
  targets: ['gluteus maximus', 'hip flexors', 'hamstrings'],
  position: 'standing',
  equipment: 'none',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'timed', seconds: 55, perSide: false },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: [],
  sources: ['004'],
};

export default exercise;
