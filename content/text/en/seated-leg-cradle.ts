import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Sit tall near the front of your chair, both feet down.',
    'Lift your right leg and let the knee fall out to the side.',
    'Hold the knee with one hand and the ankle with the other.',
    'Draw the whole shin up towards your chest, keeping it level.',
    'Hold, lower the leg, then cradle the left one.',
  ],
  feel: 'Deep in the buttock and the outer hip of the lifted leg.',
  caution: 'Lift only as high as the knee allows; on a chair with wheels, lock them or set it against the desk.',
  why: 'It eases the buttock and deep hip rotators that a long sit can stiffen, which may help the hip and lower back feel freer.',
  alt: 'A person sitting on a chair holding one shin level in front of the chest, knee out to the side.',
  mistakes: ['Twisting the knee by pulling on the foot.'],
  easier: 'Rest the ankle on the other thigh instead of lifting the shin.',
  harder: 'Draw the shin a little closer while sitting tall.',
  breathing: 'Breathe slowly while you cradle the leg.',
  intensity: 'A gentle pull in the outer hip, never pain in the knee.',
};

export default text;
