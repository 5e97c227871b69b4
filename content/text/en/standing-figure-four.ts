import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand side-on to a sturdy desk and hold its edge with one hand.',
    'Lift your right ankle and rest it across your left knee.',
    'Push your hips back a little as if starting to sit.',
    'Keep your chest up and your belly firm.',
    'Hold, then stand tall, turn round and cross the other leg.',
  ],
  feel: 'In the buttock of the crossed leg.',
  caution: 'Keep a hand on the desk and stay shallow; sinking low strains the standing knee.',
  why: 'It stretches the hip rotators while the standing leg works; freer hips may leave the lower back less to do.',
  alt: 'A person holding a desk, standing on one leg with the other ankle over the knee, hips back.',
  mistakes: ['Letting go of the desk.', 'Sinking too low on the standing knee.'],
  easier: 'Do the seated figure-four instead.',
  harder: 'Sit the hips back a little further with your chest up.',
  breathing: 'Breathe evenly; do not hold your breath to balance.',
  intensity: 'A mild stretch in the crossed buttock, no strain in the standing knee.',
};

export default text;
