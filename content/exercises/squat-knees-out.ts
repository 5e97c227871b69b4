import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'squat-knees-out',
  kind: 'activation',
  targets: ['gluteus maximus', 'gluteus medius'],
  position: 'standing',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: {
    type: 'reps',
    reps: 10,
    secondsPerRep: 3,
    perSide: false,
    phases: [
      { step: 0, seconds: 1.5, frame: 'end' },
      { step: 1, seconds: 1.5, frame: 'start' },
    ],
  },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: ['hip-replacement', 'knees'],
  sources: ['000'],
};

export default exercise;
