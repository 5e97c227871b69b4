import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit sideways on a steady chair so your right thigh hangs off the edge.',
    'Slide that leg back, knee pointing to the floor, toes resting down.',
    'Sit tall and gently tuck your pelvis under.',
    'Hold, then turn round and do the other side.',
  ],
  feel: 'At the front of the hip and thigh of the leg reaching back.',
  caution: 'Not for a chair with wheels or one that swivels; hold its back for balance.',
  why: 'It stretches the hip flexors, which sitting keeps short; many people find the front of the hip and the lower back feel easier afterwards.',
  alt: 'A person sitting sideways on a chair with one leg reaching back, knee towards the floor.',
  mistakes: ['Leaning back and arching the lower back.'],
  easier: 'Keep the back knee less far behind you.',
  harder: 'Tuck the pelvis a little more while sitting tall.',
  breathing: 'Breathe slowly and let the hip sink on each out-breath.',
  intensity: 'A gentle stretch at the front of the hip and thigh.',
};

export default text;
