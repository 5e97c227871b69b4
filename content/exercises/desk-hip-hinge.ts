import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'desk-hip-hinge',
  name: 'Desk hip hinge',
  kind: 'stretch',
  targets: ['hamstrings', 'gluteus maximus', 'lower back'],
  position: 'standing',
  equipment: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  steps: [
    'Place both hands on the edge of your desk.',
    'Walk your feet back until your arms are straight.',
    'Push your hips back so your back and arms form a long line.',
    'Soften your knees and hold, rise for a breath, then repeat.',
  ],
  feel: 'In the backs of the thighs and along the sides of the back.',
  caution: 'Make sure the desk cannot slide, and keep your neck in line with your back.',
  why: 'Bending from the hips, not the spine, is the habit that protects the lower back.',
  sources: ['002'],
  adaptsFrom: 'Seated forward bend',
  illustration: 'desk-hip-hinge.svg',
  alt: 'A person standing bent at the hips with flat back and straight arms resting on a desk.',
};

export default exercise;
