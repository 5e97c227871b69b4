import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-knee-to-shoulder',
  name: 'Seated knee across',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Sit tall with both feet on the floor.',
    'Lift your right knee and hold it with both hands.',
    'Draw it across your body towards your left shoulder.',
    'Hold where the outer buttock stretches, then do the left knee.',
  ],
  feel: 'Deep in the outer buttock of the lifted leg.',
  caution: 'Move slowly and keep your back straight rather than twisting.',
  why: 'Loosening the deep hip rotators lets the hip turn freely, so the lower back does not twist for it.',
  sources: ['000'],
  adaptsFrom: 'Knee to opposite shoulder',
  illustration: 'seated-knee-to-shoulder.svg',
  alt: 'A person sitting on a chair drawing one knee across the body towards the other shoulder.',
};

export default exercise;
