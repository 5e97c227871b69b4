import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-knee-press-out',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
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
      { step: 1, seconds: 1, frame: 'start' },
    ],
  },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 2,
  precautions: [],
  sources: ['003'],
  adaptsFrom: 'Seated hip abduction',
};

export default exercise;
