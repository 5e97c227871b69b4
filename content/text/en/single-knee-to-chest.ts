import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Lie on your back with both legs straight.',
    'Bend your right knee and hold your shin or the back of the thigh.',
    'Bring that knee in towards your chest, keeping the other leg long on the floor.',
    'Breathe easily while you hold, then swap legs.',
  ],
  feel: 'At the front of the hip of the straight leg, and in the lower back.',
  caution: 'A gentle stretch is the goal; ease off at any sharp feeling.',
  why: 'Folding one hip while the other stays long can ease the lower back and stretch the hip flexors that sitting keeps short.',
  alt: 'A person lying on their back with one knee hugged to the chest and the other leg straight.',
  mistakes: ['Letting the straight leg lift off the floor.', 'Curling the head up to pull harder.'],
  easier: 'Keep the other knee bent with that foot flat on the floor.',
  harder: 'Press the back of the straight knee gently into the floor as you hold.',
  breathing: 'Breathe into your belly and relax a little more each time you breathe out.',
  intensity: 'A gentle stretch, never sharp pain.',
};

export default text;
