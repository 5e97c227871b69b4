import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-hip-flexor-stretch',
  kind: 'stretch',
  targets: ['hip flexors'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 8,
  switchSeconds: 8,
  setupSteps: 1,
  firstSide: 'right',
  precautions: ['hip-replacement', 'balance', 'wheels'],
  sources: ['000', '003', '004'],
  adaptsFrom: 'Lunges',
};

export default exercise;
