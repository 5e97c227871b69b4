import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your back with both knees bent and feet flat.',
    'Rest your right ankle across your left knee.',
    'Lift the left foot and hold behind the left thigh.',
    'Draw that thigh towards you until the right buttock feels a stretch.',
    'Hold, then swap legs.',
  ],
  feel: 'Deep in the buttock of the crossed leg.',
  caution: 'Keep the crossed knee relaxed; stop if the knee or hip pinches.',
  why: 'A looser buttock may let the hip rotate more freely, which can make the lower back feel easier.',
  alt: 'A person on their back with one ankle crossed over the other knee, pulling the legs in.',
  mistakes: ['Pulling the thigh so hard that your hips lift off the floor.', 'Pressing down on the crossed knee.'],
  easier: 'Leave the bottom foot on the floor and just cross the ankle over.',
  harder: 'Draw the thigh a little closer while keeping your tailbone down.',
  breathing: 'Breathe slowly; let the crossed knee drop a little on each out-breath.',
  intensity: 'A mild stretch deep in the buttock, never a pinch in the hip.',
};

export default text;
