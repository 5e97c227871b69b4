import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-figure-four',
  name: 'Seated figure-four',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Sit tall near the front of your chair, feet flat.',
    'Rest your right ankle on your left thigh, just above the knee.',
    'Place your hands on your shins.',
    'Lean slowly forward from the hips with a long back.',
    'Breathe deeply while you hold, then switch legs.',
  ],
  feel: 'In the buttock and outer hip of the crossed leg.',
  caution: 'Lean only until you feel a mild pull; pushing harder does not help.',
  why: 'It releases the deep hip rotators that tighten as you sit and tug the pelvis and lower back out of line.',
  sources: ['002', '003'],
  illustration: 'seated-figure-four.svg',
  alt: 'A person on a chair with one ankle resting on the other knee, leaning forward.',
};

export default exercise;
