import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand up and find a corridor or a clear path.',
    'Walk at an easy pace with steps a little longer than usual.',
    'Push off from the back foot and feel the buttock behind you work.',
    'Keep your upper body tall and let your arms swing.',
  ],
  feel: 'In the buttock of the back leg as you push away.',
  caution: 'Lengthen your stride only as much as stays comfortable; no lunging.',
  why: 'A long stride takes the hip through more of its range and lets the glutes drive, which may ease the lower back.',
  alt: 'A person walking with a long stride, arms swinging.',
  mistakes: ['Overreaching so that the heel slams down.'],
  easier: 'Walk at your usual stride and just keep moving.',
  harder: 'Walk up a slope or a flight of stairs.',
  breathing: 'Breathe easily; you should be able to talk.',
  intensity: 'An easy walk, slightly brisker than usual.',
};

export default text;
