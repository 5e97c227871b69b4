import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Place both hands on the edge of your desk.',
    'Walk your feet back until your arms are straight.',
    'Push your hips back so your back and arms form a long line.',
    'Soften your knees and hold, rise for a breath, then repeat.',
  ],
  feel: 'In the backs of the thighs, the buttocks and the lower back.',
  caution: 'Make sure the desk cannot slide, and keep your neck in line with your back.',
  why: 'Practising bending from the hips, not the spine, is a habit that may make lifting and bending feel easier on the lower back.',
  alt: 'A person standing bent at the hips with flat back and straight arms resting on a desk.',
  mistakes: ['Rounding the back instead of pushing the hips back.', 'Locking the knees hard.'],
  easier: 'Bend your knees more and keep your hands higher.',
  harder: 'Walk your feet a little further back.',
  breathing: 'Breathe out as your hips push back, and breathe slowly while you hold.',
  intensity: 'A mild pull behind the thighs, never pain in the back.',
};

export default text;
