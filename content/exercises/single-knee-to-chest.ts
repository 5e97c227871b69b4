import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'single-knee-to-chest',
  kind: 'stretch',
  targets: ['hip flexors', 'gluteus maximus', 'lower back'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 5,
  setupSteps: 1,
  firstSide: 'right',
  precautions: ['hip-replacement', 'pregnancy'],
  sources: ['004'],
};

export default exercise;
