import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit on the front half of your chair.',
    'Straighten your right leg in front, heel on the floor and toes up.',
    'With a long back, tip your chest forward from the hips.',
    'Hold at a gentle pull, then change legs.',
  ],
  feel: 'Along the back of the straight thigh, up to the buttock.',
  caution: 'Hinge at the hips; on a chair with wheels, lock them or set it against the desk first.',
  why: 'Tight hamstrings can make it harder to bend from the hips, so the lower back may round more when you bend.',
  alt: 'A person on a chair edge with one leg straight, heel down, leaning forward over it.',
  mistakes: ['Hunching the back instead of tipping from the hips.'],
  easier: 'Bend the straight knee a little.',
  harder: 'Pull your toes back towards you as you lean.',
  breathing: 'Breathe out as you tip forward, then breathe evenly.',
  intensity: 'A mild pull behind the thigh, never pain behind the knee.',
};

export default text;
