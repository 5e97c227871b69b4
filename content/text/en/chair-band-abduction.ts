import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit tall on your chair with a loop band just above your knees.',
    'Set your feet flat and hip-width apart.',
    'Push your knees apart against the band, keeping your feet down.',
    'Bring them back together slowly and under control.',
  ],
  feel: 'In the outer buttocks and the sides of the hips.',
  caution: 'Start with a light band; on a swivel chair, keep both feet planted.',
  why: 'Stronger outer hip muscles may help keep the pelvis steady as you move, which can make daily tasks easier on the lower back.',
  alt: 'A person sitting on a chair with a band around the knees, pushing the knees apart.',
  mistakes: ['Letting the feet lift or slide apart.'],
  easier: 'Use a lighter band.',
  harder: 'Hold the knees apart for two seconds each time.',
  breathing: 'Breathe out as you push the knees apart.',
  intensity: 'Effort you could keep up for a few more repetitions.',
};

export default text;
