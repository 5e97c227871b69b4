import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'sit-to-stand-squeeze',
  name: 'Sit-to-stand with a squeeze',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: false,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  steps: [
    'Sit near the front of a steady chair, feet flat and hip-width apart.',
    'Cross your arms over your chest.',
    'Lean forward and stand up by driving through your heels.',
    'At the top, squeeze your buttocks for two seconds.',
    'Sit back down slowly and with control.',
  ],
  feel: 'In your buttocks and the fronts of your thighs.',
  caution: 'Use a chair that cannot roll; use your hands if you need them.',
  why: 'Rising from a chair is a glute job; when the glutes do it, the lower back is not dragged into the lift.',
  sources: ['000', '004'],
  adaptsFrom: 'Squat with knees pressed out',
  illustration: 'sit-to-stand-squeeze.svg',
  alt: 'A person rising from a chair with arms crossed over the chest.',
};

export default exercise;
