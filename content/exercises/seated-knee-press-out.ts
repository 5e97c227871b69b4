import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-knee-press-out',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 2,
  precautions: [],
  sources: ['003'],
  adaptsFrom: 'Seated hip abduction',
};

export default exercise;
