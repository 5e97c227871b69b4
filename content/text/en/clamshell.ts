import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your left side, head resting on your arm, knees bent and stacked.',
    'Keep your heels touching throughout.',
    'Open the top knee slowly upwards like a shell, without rolling backwards.',
    'Lower it over a slow count, then turn over for the other side.',
  ],
  feel: 'In the outer side of the upper buttock.',
  caution: 'Keep the movement small and the pelvis still; stop if the hip clicks painfully.',
  why: 'The side buttock muscles help steady the pelvis with every step; training them may help the lower back feel supported.',
  alt: 'A person lying on their side with knees bent, opening the top knee away from the bottom one.',
  mistakes: ['Rolling the top hip back to lift the knee higher.', 'Rushing the lift.'],
  easier: 'Open the knee only a short way.',
  harder: 'Pause at the top for a breath, or add a light loop band above the knees.',
  breathing: 'Breathe out as the knee opens, in as it closes.',
  intensity: 'A warm, tired feeling in the side of the buttock is right.',
};

export default text;
