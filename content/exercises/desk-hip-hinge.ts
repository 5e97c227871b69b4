import type { ExerciseData } from '../../core/exercise';

/** Language-neutral facts; the words are in content/text/<locale>/. */
const exercise: ExerciseData = {
  id: 'desk-hip-hinge',
  kind: 'stretch',
  targets: ['hamstrings', 'gluteus maximus', 'lower back'],
  position: 'standing',
  equipment: 'desk',
  support: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  getReadySeconds: 8,
  switchSeconds: 0,
  setupSteps: 2,
  // Hidden after a hip replacement: walking the feet back until the back is level bends the hip to a
  // right angle and often past it. Hidden with sciatica: straight-ish legs and a long back pull on the nerve.
  precautions: ['hip-replacement', 'sciatica'],
  sources: ['002'],
  adaptsFrom: 'Seated forward bend',
};

export default exercise;
