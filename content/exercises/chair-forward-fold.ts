import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'chair-forward-fold',
  kind: 'stretch',
  targets: ['lower back', 'gluteus maximus', 'hamstrings'],
  position: 'seated',
  equipment: 'chair',
  support: 'none',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  getReadySeconds: 5,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: ['hip-replacement', 'pregnancy', 'sciatica', 'wheels'],
  sources: ['002'],
  adaptsFrom: 'Seated forward bend',
};

export default exercise;
