import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'glute-squeeze',
  kind: 'activation',
  targets: ['gluteus maximus'],
  position: 'standing',
  equipment: 'none',
  support: 'none',
  officeDiscreet: true,
  dose: {
    type: 'reps',
    reps: 8,
    secondsPerRep: 7,
    perSide: false,
    phases: [
      { step: 0, seconds: 1, frame: 'end' },
      { step: 1, seconds: 5, frame: 'end' },
      { step: 2, seconds: 1, frame: 'start' },
    ],
  },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: [],
  sources: ['004'],
};

export default exercise;
