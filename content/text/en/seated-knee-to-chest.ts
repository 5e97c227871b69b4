import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit tall with both feet on the floor.',
    'Lift your right knee and wrap your hands around the shin.',
    'Hug it towards your chest while you stay upright.',
    'Hold, breathing slowly, then change legs.',
  ],
  feel: 'In the buttock of the lifted leg and the lower back on that side.',
  caution: 'Keep the other foot firmly down; on a chair with wheels, lock them or set it against the desk.',
  why: 'Folding one hip at a time gently stretches the back of the hip and may ease a stiff lower back.',
  alt: 'A person sitting upright on a chair hugging one knee up to the chest.',
  mistakes: ['Slumping the chest down to meet the knee.'],
  easier: 'Hold behind the thigh instead of the shin.',
  harder: 'Sit taller and draw the knee a little closer.',
  breathing: 'Breathe slowly into your belly while you hold.',
  intensity: 'A gentle pull, never pain in the hip.',
};

export default text;
