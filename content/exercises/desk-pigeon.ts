import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'desk-pigeon',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 20, rounds: 1, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 10,
  setupSteps: 3,
  firstSide: 'right',
  precautions: ['hip-replacement', 'knees', 'balance', 'sciatica'],
  sources: ['000', '002'],
  adaptsFrom: 'Pigeon pose',
};

export default exercise;
