import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'standing-knee-hug',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back', 'hip flexors'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 1,
  firstSide: 'right',
  precautions: ['hip-replacement', 'pregnancy', 'balance'],
  sources: ['000', '004'],
  adaptsFrom: 'Knees to chest',
};

export default exercise;
