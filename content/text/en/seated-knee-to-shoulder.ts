import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit tall with both feet on the floor.',
    'Lift your right knee and hold it with both hands.',
    'Draw it across your body towards your left shoulder.',
    'Hold where the outer buttock stretches, then do the left knee.',
  ],
  feel: 'Deep in the outer buttock of the lifted leg.',
  caution: 'Move slowly and do not twist; on a chair with wheels, lock them or set it against the desk.',
  why: 'Loosening the deep hip rotators may let the hip turn more freely, so the lower back may twist less to make up.',
  alt: 'A person sitting on a chair drawing one knee across the body towards the other shoulder.',
  mistakes: ['Twisting the body instead of moving the knee.'],
  easier: 'Draw the knee only a short way across.',
  harder: 'Hold the knee a little longer at the end of the movement.',
  breathing: 'Breathe out as the knee moves across.',
  intensity: 'A gentle stretch in the outer buttock, never a pinch in the groin.',
};

export default text;
