import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'donkey-kick',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 9, secondsPerRep: 3, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['knees'],
  sources: ['004'],
};

export default exercise;
