import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit on the floor with your legs out straight in front.',
    'Sit up tall, then tip forward from your hips.',
    'Slide your hands down your legs as far as they go comfortably.',
    'Hold, sit up for a breath, then fold forward again.',
  ],
  feel: 'Along the backs of your thighs and across the lower back.',
  caution: 'Bend your knees a little if your back rounds hard or the legs pull sharply, and skip it if bending sends pain down a leg.',
  why: 'Looser hamstrings and buttocks may let you bend forward more from the hips and less from the lower back.',
  alt: 'A person sitting on the floor with straight legs, leaning forward to reach the shins.',
  mistakes: ['Rounding hard through the upper back to reach further.', 'Bouncing at the end of the reach.'],
  easier: 'Bend your knees a little or sit on a folded towel.',
  harder: 'Flex your feet towards you while you hold.',
  breathing: 'Sit tall on the in-breath and fold a little on the out-breath.',
  intensity: 'A mild pull along the backs of the legs, never pain behind the knee.',
};

export default text;
