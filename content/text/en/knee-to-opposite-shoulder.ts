import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your back with your legs long.',
    'Bend your right knee and hold it just below the kneecap.',
    'Guide the knee across your body towards your left shoulder.',
    'Hold where you feel the stretch, then change sides.',
  ],
  feel: 'Deep in the outer buttock of the bent leg.',
  caution: 'Move the knee only as far as it goes easily; do not force it across.',
  why: 'A supple piriformis can leave the hip freer to rotate, which many people find eases a stiff lower back.',
  alt: 'A person lying on their back pulling one bent knee across the body.',
  mistakes: ['Twisting the hips off the floor to bring the knee further across.'],
  easier: 'Bring the knee straight up first and go only a little way across.',
  harder: 'Hold the ankle with your other hand and draw the whole shin across.',
  breathing: 'Breathe out as you guide the knee across, then breathe evenly.',
  intensity: 'A gentle pull in the outer buttock, never a pinch at the front of the hip.',
};

export default text;
