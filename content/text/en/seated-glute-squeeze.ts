import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit upright with both feet flat on the floor.',
    'Tighten both buttocks so you rise a little in the seat.',
    'Hold the squeeze for a slow count of four.',
    'Relax completely, then repeat.',
  ],
  feel: 'In both buttocks, lifting you slightly off the chair.',
  caution: 'Keep your shoulders and jaw relaxed; a chair with wheels is fine for this one.',
  why: 'Glutes left idle for hours may get lazy; waking them up can help them take some work off the lower back.',
  alt: 'A person sitting upright on a chair, with arrows showing the buttocks squeezing.',
  mistakes: ['Tensing the shoulders and jaw along with the buttocks.'],
  easier: 'Squeeze one side at a time.',
  harder: 'Hold each squeeze for a slow count of eight.',
  breathing: 'Breathe normally; do not hold your breath.',
  intensity: 'A firm squeeze, about seven out of ten.',
};

export default text;
