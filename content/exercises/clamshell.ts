import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'clamshell',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true },
  getReadySeconds: 10,
  switchSeconds: 8,
  setupSteps: 2,
  firstSide: 'right',
  precautions: [],
  sources: ['003', '004'],
};

export default exercise;
