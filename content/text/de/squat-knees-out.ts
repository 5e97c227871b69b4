import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell die Füße schulterbreit, wenn du magst mit einem Schreibtisch vor dir.',
    'Schieb die Hüfte nach hinten in eine Kniebeuge, höchstens bis die Oberschenkel waagerecht sind.',
    'Bleib unten und drück die Knie über den Zehen nach außen, dann wieder locker.',
    'Mach zehn Mal Drücken, bevor du aufstehst und dabei das Gesäß anspannst.',
  ],
  feel: 'Im Gesäß und außen an der Hüfte.',
  caution: 'Bleib in einer schmerzfreien Tiefe, Fersen am Boden, und steh früher auf, wenn die Beine zittern.',
  why: 'Eine Kniebeuge mit nach außen gedrückten Knien lässt die Hüfte die Bewegung antreiben, was Heben für den unteren Rücken angenehmer machen kann.',
  alt: 'Eine Person in halber Kniebeuge, von vorn gesehen, die Knie nach außen gedrückt.',
  mistakes: ['Die Knie beim Drücken nach innen fallen lassen.', 'Tiefer in die Hocke gehen, als angenehm ist.'],
  easier: 'Geh nur ein wenig in die Knie oder halte dich am Schreibtisch.',
  harder: 'Halte jedes Drücken nach außen zwei Sekunden.',
  breathing: 'Ausatmen, während die Knie nach außen drücken.',
  intensity: 'Harte, aber gleichmäßige Anstrengung in Gesäß und Oberschenkeln.',
};

export default text;
