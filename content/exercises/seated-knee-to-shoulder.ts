import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-knee-to-shoulder',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 1,
  firstSide: 'right',
  precautions: ['hip-replacement'],
  sources: ['000'],
  adaptsFrom: 'Knee to the opposite shoulder',
};

export default exercise;
