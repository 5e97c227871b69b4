import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'standing-figure-four',
  name: 'Standing figure-four',
  kind: 'stretch',
  targets: ['piriformis', 'gluteus maximus', 'gluteus medius'],
  position: 'standing',
  equipment: 'chair',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
  steps: [
    'Stand beside a steady chair and hold its back with one hand.',
    'Lift your right ankle and rest it across your left knee.',
    'Push your hips back as if starting to sit.',
    'Keep your chest up and your belly firm.',
    'Hold, then stand up and cross the other leg.',
  ],
  feel: 'In the buttock of the crossed leg.',
  caution: 'Stay shallow: sinking too low can strain the standing knee and the back.',
  why: 'It frees the hip rotators while the standing leg keeps the glutes working, both of which help the lower back.',
  sources: ['003'],
  illustration: 'standing-figure-four.svg',
  alt: 'A person holding a chair, standing on one leg with the other ankle over the knee, hips back.',
};

export default exercise;
