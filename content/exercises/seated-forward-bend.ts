import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-forward-bend',
  name: 'Seated forward bend',
  kind: 'stretch',
  targets: ['hamstrings', 'lower back', 'gluteus maximus'],
  position: 'floor',
  equipment: 'none',
  officeDiscreet: false,
  dose: { type: 'hold', holdSeconds: 25, rounds: 2, perSide: false },
  steps: [
    'Sit on the floor with your legs out straight in front.',
    'Sit up tall, then tip forward from your hips.',
    'Slide your hands down your legs as far as they go comfortably.',
    'Hold, sit up for a breath, then fold forward again.',
  ],
  feel: 'Along the backs of your thighs and across the lower back.',
  caution: 'Bend your knees a little if your back rounds hard or the legs pull sharply.',
  why: 'Looser hamstrings and buttocks let the pelvis tip forward instead of the lower back bending.',
  sources: ['002'],
  illustration: 'seated-forward-bend.svg',
  alt: 'A person sitting on the floor with straight legs, leaning forward to reach the shins.',
};

export default exercise;
