import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your back with knees bent and feet flat.',
    'Straighten one leg out in line with the other thigh.',
    'Push through the planted heel to lift your hips.',
    'Keep both hips level as you go up and down.',
    'Finish the set, then switch legs.',
  ],
  feel: 'In the buttock of the planted leg.',
  caution: 'If your hips tip to one side or your back aches, go back to the two-leg bridge.',
  why: 'Training each side alone can even out a weaker buttock, which may help the hips and lower back share the load.',
  alt: 'A person in a bridge with hips raised on one planted foot and the other leg extended.',
  mistakes: ['Letting the hip of the lifted leg drop.'],
  easier: 'Do the two-leg glute bridge instead.',
  harder: 'Pause for two seconds at the top of each lift.',
  breathing: 'Breathe out as you push up through the heel.',
  intensity: 'Hard work in one buttock; stop if the back takes over.',
};

export default text;
