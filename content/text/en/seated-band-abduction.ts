import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit on the floor with a loop band around your calves.',
    'Bend your knees and set your feet flat.',
    'Lean back a little on your hands with your back straight.',
    'Push both knees outwards against the band, turning the hips out.',
    'Let them come back together slowly.',
  ],
  feel: 'In the outer buttocks and the sides of the hips.',
  caution: 'Keep your back straight rather than sinking onto your hands, and stop if the hips or knees pinch; begin with a light band.',
  why: 'Stronger outer hip muscles may help keep the pelvis steady, which can take some strain off the lower back.',
  alt: 'A person sitting on the floor, knees bent, pressing the knees apart against a band.',
  mistakes: ['Letting the feet slide apart with the knees.', 'Snapping the knees back together.'],
  easier: 'Use a lighter band or take it off.',
  harder: 'Hold the knees apart for two seconds each time.',
  breathing: 'Breathe out as you push the knees apart.',
  intensity: 'Effort you could keep up for another few repetitions, not all-out.',
};

export default text;
