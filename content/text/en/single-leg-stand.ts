import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand tall side-on to your desk, one hand resting on it.',
    'Shift your weight onto your left foot.',
    'Lift the right foot just off the floor.',
    'Keep both hips at the same height, without leaning over the standing leg.',
    'Hold, put the foot down, then stand on the right leg.',
  ],
  feel: 'In the side of the buttock of the standing leg.',
  caution: 'Keep a hand on the desk throughout; press on it whenever you wobble.',
  why: 'The side glutes of the standing leg keep the pelvis from dropping; training them may help steady the lower back.',
  alt: 'A person standing on one leg with one hand on a desk and the other foot lifted slightly.',
  mistakes: ['Letting the hip of the lifted leg drop.', 'Locking the standing knee.'],
  easier: 'Rest the toes of the lifted foot on the floor.',
  harder: 'Rest only a fingertip on the desk.',
  breathing: 'Breathe evenly; holding your breath makes you wobble.',
  intensity: 'Quiet, steady work in the side of the standing hip.',
};

export default text;
