import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'fire-hydrant',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus maximus'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 9, secondsPerRep: 3, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 5,
  setupSteps: 1,
  firstSide: 'right',
  precautions: ['knees'],
  sources: ['004'],
};

export default exercise;
