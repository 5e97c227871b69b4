import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'standing-figure-four',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 8,
  // Turning round to hold the desk with the other hand takes longer than a seated switch.
  switchSeconds: 8,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement', 'knees', 'balance'],
  sources: ['003'],
};

export default exercise;
