import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-leg-cradle',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement', 'pregnancy', 'knees'],
  sources: ['000'],
  adaptsFrom: 'Lying glute stretch',
};

export default exercise;
