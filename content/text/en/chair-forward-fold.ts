import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit near the front of your chair with feet wider than your hips.',
    'Fold your chest down between your knees.',
    'Let your arms and head hang loosely.',
    'Hold, roll up slowly for a breath, then fold again.',
  ],
  feel: 'Along your lower back and into the buttocks.',
  caution: 'Not for a chair with wheels or one that swivels; roll up slowly if you feel light-headed.',
  why: 'Hanging forward gently may ease a lower back that has held one shape for a long time.',
  alt: 'A person sitting on a chair folded forward with the arms hanging to the floor.',
  mistakes: ['Sitting up fast and feeling dizzy.'],
  easier: 'Rest your forearms on your thighs instead of hanging down.',
  harder: 'Walk your hands back between your feet.',
  breathing: 'Let each out-breath sink you a little lower.',
  intensity: 'An easy hang, never a strain in the neck or back.',
};

export default text;
