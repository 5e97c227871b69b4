import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'squat-side-leg-lift',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus maximus', 'gluteus minimus'],
  position: 'standing',
  equipment: 'none',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 12, secondsPerRep: 5, perSide: false },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: ['knees', 'balance'],
  sources: ['004'],
};

export default exercise;
