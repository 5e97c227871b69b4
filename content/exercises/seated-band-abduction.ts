import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-band-abduction',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'floor',
  equipment: 'band',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 4, perSide: false },
  getReadySeconds: 15,
  switchSeconds: 0,
  setupSteps: 3,
  precautions: [],
  sources: ['003'],
};

export default exercise;
