import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'desk-split-squat',
  kind: 'activation',
  targets: ['gluteus maximus', 'gluteus medius', 'hip flexors'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true },
  getReadySeconds: 5,
  // Turning round to hold the desk with the other hand takes longer than a seated switch.
  switchSeconds: 8,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement', 'knees', 'balance'],
  sources: ['000'],
  adaptsFrom: 'Lunges',
};

export default exercise;
