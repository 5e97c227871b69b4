import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit on the front half of your chair with your feet a little ahead of your knees.',
    'Press both heels down and back into the floor, as if dragging it towards you.',
    'Squeeze your buttocks at the same time and hold for about four seconds.',
    'Let go completely, then press again.',
  ],
  feel: 'In the buttocks and the backs of the thighs.',
  caution: 'Keep your seat down and your back tall; on a chair with wheels, lock them or set it against the desk.',
  why: 'It works the hip-straightening muscles a bridge uses, which may help them take load off the lower back.',
  alt: 'A person sitting upright on a chair pressing the heels down and back into the floor.',
  mistakes: ['Lifting the seat off the chair.'],
  easier: 'Press more gently.',
  harder: 'Hold each press for six seconds.',
  breathing: 'Breathe out as you press.',
  intensity: 'Firm effort, about seven out of ten.',
};

export default text;
