import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Stand with your back to a wall and a tennis or massage ball behind your right buttock.',
    'Lean into the wall so the ball presses into the muscle.',
    'Bend your knees a little to roll the ball slowly up and down.',
    'Pause on a tender spot for a few breaths, then move on.',
    'Change sides and repeat.',
  ],
  feel: 'A deep, dull pressure in the buttock that eases as you roll.',
  caution: 'Keep the ball off your spine and hip bone, and stop at any tingling down the leg.',
  why: 'Easing a tight buttock can help the hip move freely, and many people find the lower back feels easier after it.',
  alt: 'A person leaning against a wall with a small ball between the buttock and the wall.',
  mistakes: ['Pressing so hard that you tense up.', 'Rolling over the bony parts of the hip.'],
  easier: 'Stand further from the wall so less weight goes into the ball.',
  harder: 'Roll more slowly and rest longer on each tender spot.',
  breathing: 'Breathe out slowly while the ball rests on a tender spot.',
  intensity: 'A tender pressure, never sharp pain or tingling.',
};

export default text;
