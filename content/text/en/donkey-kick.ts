import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Start on hands and knees with your back flat.',
    'Keep one knee bent at a right angle.',
    'Press that foot up towards the ceiling, sole first.',
    'Stop when the thigh is level with your body, then lower.',
    'Finish the set and change legs.',
  ],
  feel: 'In the buttock of the lifting leg.',
  caution: 'Let the hip do the work; if your lower back sags, lift less.',
  why: 'It trains the hip to extend on its own, which can help the glutes rather than the lower back do that job.',
  alt: 'A person on hands and knees pressing one bent leg up behind them.',
  mistakes: ['Arching the lower back to lift the foot higher.'],
  easier: 'Lift the knee only a little way.',
  harder: 'Pause for two seconds with the thigh level.',
  breathing: 'Breathe out as the foot presses up.',
  intensity: 'A firm squeeze in the buttock; no strain in the lower back.',
};

export default text;
