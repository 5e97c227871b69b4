import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-knee-press-out',
  name: 'Seated knee press-out',
  kind: 'activation',
  targets: ['gluteus medius', 'gluteus minimus', 'piriformis'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  steps: [
    'Sit tall with knees bent and feet flat, hip-width apart.',
    'Put your hands on the outsides of your knees.',
    'Push your knees outward while your hands resist.',
    'Hold the push for about four seconds, then relax.',
  ],
  feel: 'In the outer buttocks and the sides of the hips.',
  caution: 'Press firmly but not with all your strength; keep breathing.',
  why: 'It trains the side glutes that keep the pelvis level, and a level pelvis spares the lower back.',
  sources: ['003'],
  adaptsFrom: 'Seated hip abduction with a band',
  illustration: 'seated-knee-press-out.svg',
  alt: 'A person on a chair pressing the knees outward against the hands.',
};

export default exercise;
