import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich auf die vordere Hälfte des Stuhls, die Füße etwas vor den Knien.',
    'Drück beide Fersen nach unten und hinten in den Boden, als wolltest du ihn zu dir ziehen.',
    'Spann gleichzeitig das Gesäß an und halte etwa vier Sekunden.',
    'Lass ganz los, dann wieder drücken.',
  ],
  feel: 'Im Gesäß und hinten an den Oberschenkeln.',
  caution: 'Bleib mit dem Gesäß auf dem Sitz und dem Rücken aufrecht; einen Stuhl mit Rollen feststellen oder an den Schreibtisch stellen.',
  why: 'Sie trainiert die hüftstreckenden Muskeln der Brücke, die dem unteren Rücken Last abnehmen können.',
  alt: 'Eine Person sitzt aufrecht auf einem Stuhl und drückt die Fersen nach unten und hinten in den Boden.',
  mistakes: ['Das Gesäß vom Stuhl heben.'],
  easier: 'Drück sanfter.',
  harder: 'Halte jeden Druck sechs Sekunden.',
  breathing: 'Ausatmen beim Drücken.',
  intensity: 'Kräftige Anstrengung, etwa sieben von zehn.',
};

export default text;
