import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-leg-cradle',
  name: 'Seated leg cradle',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Sit tall near the front of your chair, both feet down.',
    'Lift your right leg and let the knee fall out to the side.',
    'Hold the knee with one hand and the ankle with the other.',
    'Draw the whole shin up towards your chest, keeping it level.',
    'Hold, lower the leg, then cradle the left one.',
  ],
  feel: 'Deep in the buttock and the outer hip of the lifted leg.',
  caution: 'Keep your back upright and lift only as high as the knee allows without strain.',
  why: 'It eases the buttock and deep hip rotators that a long sit stiffens, so the lower back is not pulled out of line.',
  sources: ['000'],
  adaptsFrom: 'Lying glute stretch',
  illustration: 'seated-leg-cradle.svg',
  alt: 'A person sitting on a chair holding one shin level in front of the chest, knee out to the side.',
};

export default exercise;
