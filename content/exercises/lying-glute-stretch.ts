import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'lying-glute-stretch',
  kind: 'stretch',
  targets: ['gluteus maximus', 'piriformis'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement', 'pregnancy', 'knees'],
  sources: ['000'],
};

export default exercise;
