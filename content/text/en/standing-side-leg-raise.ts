import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand tall beside your desk, one hand on it for balance.',
    'Keep your toes pointing forward.',
    'Slowly lift your outer leg sideways a short way, without leaning over.',
    'Lower it over a slow count; after the set, turn round for the other leg.',
  ],
  feel: 'In the side of the buttock of the lifting leg.',
  caution: 'Stay upright; tipping your body to lift higher moves the work away from the hip.',
  why: 'The side glutes help hold the pelvis level when you walk; training them may take some strain off the lower back.',
  alt: 'A person standing at a desk lifting one straight leg out to the side.',
  mistakes: ['Tipping the body sideways to lift higher.', 'Turning the toes up.'],
  easier: 'Lift the foot only just off the floor.',
  harder: 'Hold each lift for two seconds.',
  breathing: 'Breathe out as the leg lifts.',
  intensity: 'Warm, steady work in the side of the hip.',
};

export default text;
