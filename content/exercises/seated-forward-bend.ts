import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'seated-forward-bend',
  kind: 'stretch',
  targets: ['hamstrings', 'lower back', 'gluteus maximus'],
  position: 'floor',
  equipment: 'none',
  support: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  getReadySeconds: 10,
  switchSeconds: 0,
  setupSteps: 1,
  precautions: ['hip-replacement', 'pregnancy', 'sciatica'],
  sources: ['002'],
};

export default exercise;
