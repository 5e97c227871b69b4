import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'knees-to-chest',
  name: 'Knees to chest',
  kind: 'stretch',
  targets: ['gluteus maximus', 'lower back'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 30, rounds: 2, perSide: false },
  steps: [
    'Lie on your back on a mat or carpet.',
    'Bring both knees up and hold them with your hands.',
    'Draw them gently in towards your chest.',
    'Breathe slowly into your belly while you hold.',
    'Ease off a little, then draw them in again for the second hold.',
  ],
  feel: 'Across your lower back and the tops of your buttocks.',
  caution: 'Pull gently with your arms and keep your head and shoulders resting on the floor.',
  why: 'Rounding the lower back gently eases muscles that stiffen after hours in a chair.',
  sources: ['000'],
  illustration: 'knees-to-chest.svg',
  alt: 'A person lying on their back hugging both bent knees towards the chest.',
};

export default exercise;
