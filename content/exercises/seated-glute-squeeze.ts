import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-glute-squeeze',
  kind: 'activation',
  targets: ['gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: {
    type: 'reps',
    reps: 9,
    secondsPerRep: 6,
    perSide: false,
    phases: [
      { step: 0, seconds: 1, frame: 'end' },
      { step: 1, seconds: 4, frame: 'end' },
      { step: 2, seconds: 1, frame: 'start' },
    ],
  },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: [],
  sources: ['004'],
  adaptsFrom: 'Glute squeeze',
};

export default exercise;
