import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Steh aufrecht, Füße hüftbreit, Knie locker.',
    'Spann beide Gesäßhälften fest an.',
    'Halte etwa fünf Sekunden und atme dabei normal.',
    'Lass kurz ganz los, dann wieder anspannen.',
  ],
  feel: 'In beiden Gesäßhälften; die Hüfte schiebt sich leicht nach vorn.',
  caution: 'Spann beim Anspannen nicht den Bauch an und halte nicht die Luft an.',
  why: 'Das Gesäß nach langem Sitzen anzuspannen kann ihm helfen, die Arbeit mitzutragen, die beim Stehen sonst der untere Rücken übernimmt.',
  alt: 'Eine Person steht aufrecht; kleine Pfeile zeigen, wie sich das Gesäß zusammenzieht.',
  mistakes: ['Beim Anspannen die Luft anhalten.'],
  easier: 'Spann nur mit halber Kraft an.',
  harder: 'Halte jedes Anspannen langsam bis acht.',
  breathing: 'Atme bei jedem Anspannen normal weiter.',
  intensity: 'Ein kräftiges Anspannen, etwa sieben von zehn.',
};

export default text;
