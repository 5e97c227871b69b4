import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'pigeon-pose',
  name: 'Pigeon pose',
  kind: 'stretch',
  targets: ['gluteus maximus', 'piriformis', 'hip flexors'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 30, rounds: 1, perSide: true },
  steps: [
    'Begin on hands and knees.',
    'Bring your right knee forward behind your right wrist, shin angled across the floor.',
    'Slide your left leg straight back, top of the foot down.',
    'Square your hips to the front and lengthen your spine.',
    'Hold, come back to all fours, then repeat with the left knee forward.',
  ],
  feel: 'In the buttock of the front leg, and the front of the hip of the back leg.',
  caution: 'Support your weight on your hands; skip it if the front knee hurts.',
  why: 'It opens the hip in two directions at once, which can take strain off the lumbar spine.',
  sources: ['000', '002'],
  illustration: 'pigeon-pose.svg',
  alt: 'A person with one shin folded in front of them and the other leg stretched straight back.',
};

export default exercise;
