import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'pigeon-pose',
  kind: 'stretch',
  targets: ['gluteus maximus', 'piriformis', 'hip flexors'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 20, rounds: 1, perSide: true },
  getReadySeconds: 15,
  switchSeconds: 10,
  setupSteps: 3,
  firstSide: 'right',
  precautions: ['hip-replacement', 'knees', 'sciatica'],
  sources: ['000', '002'],
};

export default exercise;
