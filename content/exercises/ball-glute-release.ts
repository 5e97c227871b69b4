import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'ball-glute-release',
  kind: 'stretch',
  targets: ['gluteus maximus', 'gluteus medius', 'piriformis'],
  position: 'standing',
  equipment: 'ball',
  support: 'wall',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 8,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement'],
  sources: ['002', '000'],
  adaptsFrom: 'Foam rolling',
};

export default exercise;
