import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Kneel on all fours, hands under shoulders and knees under hips.',
    'Keeping the knee bent, lift one leg out to the side.',
    'Raise it about as high as your hip, with your back flat.',
    'Lower slowly; after the set, do the other leg.',
  ],
  feel: 'In the side of the buttock of the moving leg.',
  caution: 'Do not lean away or twist your trunk to lift higher.',
  why: 'Waking up the side hip muscles may help keep the pelvis level as you walk, which can ease the load on the lower back.',
  alt: 'A person on hands and knees lifting one bent leg out to the side.',
  mistakes: ['Leaning the body away to lift the knee higher.'],
  easier: 'Lift the knee only a hand width off the floor.',
  harder: 'Hold each lift for two seconds at the top.',
  breathing: 'Breathe out on the lift and in as you lower.',
  intensity: 'Steady work in the side of the buttock, never a pinch in the hip.',
};

export default text;
