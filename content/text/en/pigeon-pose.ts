import type { ExerciseWords } from '../../../core/exercise';

const text: ExerciseWords = {
  steps: [
    'Begin on hands and knees on a mat or carpet.',
    'Bring your right knee forward near your right wrist, shin angled across the floor.',
    'Slide your left leg straight back, top of the foot down.',
    'Square your hips to the front and lengthen your spine.',
    'Hold, come back to all fours, then repeat with the left knee forward.',
  ],
  feel: 'In the buttock of the front leg, and the front of the hip of the back leg.',
  caution: 'Keep your weight on your hands and skip it if the front knee hurts or twists.',
  why: 'It stretches the hip in two directions at once, which may ease tightness that many people feel around the hip and lower back.',
  alt: 'A person with one shin folded in front of them and the other leg stretched straight back.',
  mistakes: ['Letting the hips tip over to the side of the front leg.', 'Forcing the front shin flat when the knee objects.'],
  easier: 'Tuck the front foot closer to your groin and put a cushion under that hip.',
  harder: 'Walk your hands forward and lower your chest towards the floor.',
  breathing: 'Long, slow breaths; sink a little further only as you breathe out.',
  intensity: 'A strong but comfortable stretch in the buttock, never in the knee.',
};

export default text;
