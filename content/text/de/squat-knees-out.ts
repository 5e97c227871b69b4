import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell die Füße schulterbreit, wenn du magst mit einem Schreibtisch vor dir.',
    'Schieb die Hüfte nach hinten in eine flache Kniebeuge und drück die Knie über den Zehen nach außen.',
    'Steh wieder auf, spann dabei das Gesäß an, und gleich die nächste: etwa 3 Sekunden pro Kniebeuge.',
  ],
  feel: 'Im Gesäß und außen an der Hüfte.',
  caution: 'Geh nur so tief, wie es schmerzfrei ist, Fersen am Boden, und steh zum Ausruhen auf, wann immer du es brauchst.',
  why: 'Eine Kniebeuge mit nach außen gedrückten Knien lässt die Hüfte die Bewegung antreiben, was Heben für den unteren Rücken angenehmer machen kann.',
  alt: 'Eine Person in halber Kniebeuge, von vorn gesehen, die Knie nach außen gedrückt.',
  mistakes: ['Die Knie beim Drücken nach innen fallen lassen.', 'Tiefer in die Hocke gehen, als angenehm ist.'],
  easier: 'Geh nur ein wenig in die Knie oder halte dich am Schreibtisch.',
  harder: 'Geh etwas langsamer nach unten und drück die Knie dabei die ganze Zeit nach außen.',
  breathing: 'Ausatmen, während die Knie nach außen drücken.',
  intensity: 'Harte, aber gleichmäßige Anstrengung in Gesäß und Oberschenkeln.',
};

export default text;
