import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'standing-hip-flexor-stretch',
  kind: 'stretch',
  targets: ['hip flexors', 'lower back'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement', 'balance'],
  sources: ['000', '003', '004'],
  adaptsFrom: 'Lunges',
};

export default exercise;
