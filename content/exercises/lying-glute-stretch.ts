import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'lying-glute-stretch',
  name: 'Lying glute stretch',
  kind: 'stretch',
  targets: ['gluteus maximus', 'piriformis'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Lie on your back with both knees bent and feet flat.',
    'Rest your right ankle across your left knee.',
    'Lift the left foot and hold behind the left thigh.',
    'Draw that thigh towards you until the right buttock feels a stretch.',
    'Hold, then swap legs.',
  ],
  feel: 'Deep in the buttock of the crossed leg.',
  caution: 'Keep the crossed knee relaxed; stop if the knee or hip pinches.',
  why: 'A looser buttock lets the hip rotate freely, so the lower back is not twisted to make up for it.',
  sources: ['000'],
  illustration: 'lying-glute-stretch.svg',
  alt: 'A person on their back with one ankle crossed over the other knee, pulling the legs in.',
};

export default exercise;
