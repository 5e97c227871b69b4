import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'knee-to-opposite-shoulder',
  name: 'Knee to opposite shoulder',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Lie on your back with your legs long.',
    'Bend your right knee and hold it just below the kneecap.',
    'Guide the knee across your body towards your left shoulder.',
    'Hold where you feel the stretch, then change sides.',
  ],
  feel: 'Deep in the outer buttock of the bent leg.',
  caution: 'Move the knee only as far as it goes easily; do not force it across.',
  why: 'A supple piriformis leaves the hip free to rotate, so the lower back is not asked to twist instead.',
  sources: ['000'],
  illustration: 'knee-to-opposite-shoulder.svg',
  alt: 'A person lying on their back pulling one bent knee across the body.',
};

export default exercise;
