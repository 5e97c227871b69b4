import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand facing your desk with both hands on it.',
    'Lean forward slightly and keep your back straight.',
    'Slowly push your right leg, straight, a short way back, squeezing that buttock.',
    'Stop before your lower back arches, then lower it over a slow count.',
    'Finish the set and change legs.',
  ],
  feel: 'In the buttock of the leg moving back.',
  caution: 'Keep the kick small and slow; a big swing only arches the back.',
  why: 'It practises moving the leg behind you from the hip, which can help the glutes rather than the lower back do that work.',
  alt: 'A person holding a desk and pushing one straight leg back behind them.',
  mistakes: ['Swinging the leg high and arching the back.'],
  easier: 'Make the movement smaller.',
  harder: 'Pause for two seconds with the leg back.',
  breathing: 'Breathe out as the leg goes back.',
  intensity: 'A firm squeeze in the buttock, no strain in the lower back.',
};

export default text;
