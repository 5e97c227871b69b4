import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'standing-hip-flexor-stretch',
  name: 'Standing hip-flexor stretch',
  kind: 'stretch',
  targets: ['hip flexors', 'lower back'],
  position: 'standing',
  equipment: 'desk',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Stand side-on to your desk and rest one hand on it.',
    'Step one foot well back and lift that heel.',
    'Tuck your tailbone under and squeeze the back buttock.',
    'Bend the front knee a little until the front of the back hip stretches.',
    'Hold, then step the other foot back.',
  ],
  feel: 'At the front of the hip of the back leg.',
  caution: 'Keep your back upright; leaning back only arches the spine.',
  why: 'Hip flexors shorten while you sit and tilt the pelvis forward, loading the lower back.',
  sources: ['000', '003', '004'],
  adaptsFrom: 'Pigeon pose',
  illustration: 'standing-hip-flexor-stretch.svg',
  alt: 'A person in a long split stance, one hand on a desk, stretching the front of the rear hip.',
};

export default exercise;
