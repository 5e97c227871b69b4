import type { Exercise } from '../../core/exercise';

/** Exercises for the guided-minute tests (the view and its picture), with doses whose timeline is easy to read. */
export const T0 = new Date(2026, 10, 20, 10, 0).getTime();
const base = {
  kind: 'activation',
  targets: ['gluteus maximus'],
  equipment: 'chair',
  officeDiscreet: true,
  feel: 'In both buttocks.',
  why: 'Fixture.',
  sources: ['000'],
  illustration: 'none.svg',
  alt: 'A person on a chair.',
} as const;

/** 10 reps × 5 s, seated: 5 s get-ready, 2 set-up steps then 2 movement steps. */
export const SQUEEZE = {
  ...base,
  id: 'squeeze',
  name: 'Seated squeeze',
  position: 'seated',
  dose: { type: 'reps', reps: 10, secondsPerRep: 5, perSide: false },
  steps: ['Sit tall near the front of the chair.', 'Plant both feet flat.', 'Squeeze both glutes firmly.', 'Let go slowly.'],
  caution: 'Stop if your back hurts.',
  getReadySeconds: 5,
  setupSteps: 2,
} as unknown as Exercise;

/** 25 s per side on the floor: 10 s get-ready, 10 s to switch, right leg first. */
export const PIGEON = {
  ...base,
  id: 'pigeon',
  name: 'Floor pigeon',
  kind: 'stretch',
  position: 'floor',
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: ['Kneel on all fours.', 'Bring your right knee forward behind the right wrist.', 'Lower your hips.', 'Breathe and hold.'],
  caution: 'Skip it after a hip replacement.',
  getReadySeconds: 10,
  switchSeconds: 10,
  setupSteps: 2,
  firstSide: 'right',
} as unknown as Exercise;

export const WALK = {
  ...base,
  id: 'walk',
  name: 'Brisk walk',
  position: 'standing',
  dose: { type: 'timed', seconds: 60, perSide: false },
  steps: ['Stand up and clear a path.', 'Walk with long strides.'],
  caution: 'Watch for cables on the floor.',
  getReadySeconds: 5,
  setupSteps: 1,
} as unknown as Exercise;
