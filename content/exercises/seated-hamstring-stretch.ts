import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-hamstring-stretch',
  kind: 'stretch',
  targets: ['hamstrings', 'gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 2,
  firstSide: 'right',
  precautions: ['hip-replacement', 'sciatica'],
  sources: ['002'],
  adaptsFrom: 'Seated forward bend',
};

export default exercise;
