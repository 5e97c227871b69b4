import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'chair-band-abduction',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'seated',
  equipment: 'band',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 15, secondsPerRep: 4, perSide: false },
  getReadySeconds: 10,
  switchSeconds: 0,
  setupSteps: 2,
  precautions: [],
  sources: ['003'],
  adaptsFrom: 'Seated hip abduction',
};

export default exercise;
