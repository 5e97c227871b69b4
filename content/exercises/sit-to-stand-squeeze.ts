import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'sit-to-stand-squeeze',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: false,
  dose: {
    type: 'reps',
    reps: 10,
    secondsPerRep: 6,
    perSide: false,
    phases: [
      { step: 0, seconds: 2, frame: 'end' },
      { step: 1, seconds: 2, frame: 'end' },
      { step: 2, seconds: 2, frame: 'start' },
    ],
  },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 2,
  precautions: ['knees', 'wheels'],
  sources: ['003', '000', '004'],
  adaptsFrom: 'Chair squats',
};

export default exercise;
