import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-heel-press',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: [],
  sources: ['000', '003'],
  adaptsFrom: 'Glute bridge',
};

export default exercise;
