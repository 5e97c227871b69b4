import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Such dir ein freies Stück Boden ohne Stolperfallen.',
    'Stell die Füße hüftbreit und geh leicht in die Knie.',
    'Mach mit dem rechten Fuß einen Schritt zur Seite, Zehen nach vorn, dann zieh den linken halb nach.',
    'Geh alle Schritte in eine Richtung, bleib dabei tief, dann zurück in die andere.',
  ],
  feel: 'Seitlich im Gesäß.',
  caution: 'Halte die Knie über den Zehen, und lass die Füße sich nicht berühren.',
  why: 'Seitschritte in der Hocke lassen die seitlichen Gesäßmuskeln das Becken stabilisieren, was dem unteren Rücken mehr Stabilität geben kann.',
  alt: 'Eine Person in halber Kniebeuge macht einen Schritt zur Seite, die Füße auseinander.',
  mistakes: ['Sich zwischen den Schritten ganz aufrichten.', 'Die Füße sich berühren lassen.'],
  easier: 'Steh etwas höher und mach kürzere Schritte.',
  harder: 'Geh etwas tiefer und mach breitere Schritte.',
  breathing: 'Atme bei jedem Schritt gleichmäßig.',
  intensity: 'Warme Arbeit seitlich im Gesäß.',
};

export default text;
