import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'knees-to-chest',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  getReadySeconds: 10,
  switchSeconds: 0,
  setupSteps: 2,
  precautions: ['hip-replacement', 'pregnancy'],
  sources: ['000'],
};

export default exercise;
