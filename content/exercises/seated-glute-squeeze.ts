import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-glute-squeeze',
  kind: 'activation',
  targets: ['gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 10, secondsPerRep: 5, perSide: false },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: [],
  sources: ['004'],
  adaptsFrom: 'Glute squeeze',
};

export default exercise;
