import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-knee-to-chest',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 1,
  firstSide: 'right',
  precautions: ['hip-replacement', 'pregnancy'],
  sources: ['004'],
  adaptsFrom: 'Single knee to chest',
};

export default exercise;
