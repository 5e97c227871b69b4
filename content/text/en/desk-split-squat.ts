import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand side-on to your desk with one hand on it.',
    'Step your left foot back into a long stance, back heel lifted.',
    'Bend both knees slowly until the back knee is a hand width above the floor, or higher.',
    'Push up through the front heel, squeezing that buttock.',
    'Finish the set, then turn round and step the other foot back.',
  ],
  feel: 'In the buttock and thigh of the front leg.',
  caution: 'Stay at a depth with no knee pain and keep the front knee over the foot.',
  why: 'It trains each hip to carry you on its own, which may leave the lower back less to do when you walk or climb stairs.',
  alt: 'A person holding a desk in a long split stance, both knees bent.',
  mistakes: ['Letting the front knee fall inward.', 'Leaning the body forward over the front thigh.'],
  easier: 'Bend the knees only a little.',
  harder: 'Lower over a slow count of three.',
  breathing: 'Breathe in as you lower and out as you push up.',
  intensity: 'Hard but steady effort in the front leg, never pain in the knee.',
};

export default text;
