import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit tall with knees bent and feet flat, hip-width apart.',
    'Put your hands on the outsides of your knees.',
    'Push your knees outward while your hands resist.',
    'Hold the push for about four seconds, then relax.',
  ],
  feel: 'In the outer buttocks and the sides of the hips.',
  caution: 'Press firmly, not with all your strength; on a swivel chair, keep both feet planted.',
  why: 'It trains the side glutes that help keep the pelvis level, which may make walking easier on the lower back.',
  alt: 'A person on a chair pressing the knees outward against the hands.',
  mistakes: ['Letting the feet roll onto their edges.'],
  easier: 'Press more gently.',
  harder: 'Hold each press for six seconds.',
  breathing: 'Keep breathing steadily while you press.',
  intensity: 'Firm effort, about seven out of ten, never strain.',
};

export default text;
