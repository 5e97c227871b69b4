import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'glute-bridge',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: {
    type: 'reps',
    reps: 7,
    secondsPerRep: 8,
    perSide: false,
    phases: [
      { step: 0, seconds: 1, frame: 'start' },
      { step: 1, seconds: 2, frame: 'end' },
      { step: 2, seconds: 3, frame: 'end' },
      { step: 3, seconds: 2, frame: 'start' },
    ],
  },
  getReadySeconds: 10,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: ['pregnancy'],
  sources: ['000', '002', '003', '004'],
};

export default exercise;
