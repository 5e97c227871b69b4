import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand facing a sturdy desk that reaches no higher than your hips.',
    'Put your hands on the desk, then lift your right leg and lay the outer shin on it.',
    'Keep the standing leg straight, your hands on the desk and your hips facing it.',
    'Lean your chest over the shin with a long back.',
    'Hold, lift the leg down, then change legs.',
  ],
  feel: 'Deep in the buttock and outer hip of the leg on the desk.',
  caution: 'Skip it if the desk is too high to reach without hopping or twisting, or if the knee complains.',
  why: 'A pigeon-style stretch without the floor may ease tight deep hip rotators, which many people find helps the lower back.',
  alt: 'A person standing at a desk with one bent leg resting on the desk top, leaning over it.',
  mistakes: ['Taking your hands off the desk.', 'Hopping to get the leg up.'],
  easier: 'Do the seated figure-four instead.',
  harder: 'Lean a little further forward with a long back.',
  breathing: 'Breathe slowly and lean a touch more on each out-breath.',
  intensity: 'A firm stretch in the buttock, never pain in the knee.',
};

export default text;
