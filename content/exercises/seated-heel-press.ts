import type { Exercise } from '../exercise';

const exercise: Exercise = {
  id: 'seated-heel-press',
  name: 'Seated heel press',
  kind: 'activation',
  targets: ['gluteus maximus', 'hamstrings'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  dose: { type: 'reps', reps: 10, secondsPerRep: 6, perSide: false },
  steps: [
    'Sit on the front half of your chair with your feet a little ahead of your knees.',
    'Press both heels down and back into the floor, as if dragging it towards you.',
    'Squeeze your buttocks at the same time and hold for about four seconds.',
    'Let go completely, then press again.',
  ],
  feel: 'In the buttocks and the backs of the thighs.',
  caution: 'Keep your seat on the chair and your back tall; the feet should not actually slide.',
  why: 'It works the same hip-straightening muscles as a bridge, which take load off the lower back.',
  sources: ['000', '003'],
  adaptsFrom: 'Glute bridge',
  illustration: 'seated-heel-press.svg',
  alt: 'A person sitting upright on a chair pressing the heels down and back into the floor.',
};

export default exercise;
