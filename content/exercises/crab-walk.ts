import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'crab-walk',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus maximus'],
  position: 'standing',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 9, secondsPerRep: 3, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['knees', 'balance'],
  sources: ['004'],
};

export default exercise;
