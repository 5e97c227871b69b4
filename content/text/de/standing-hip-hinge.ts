import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Steh mit hüftbreiten Füßen und lockeren Knien.',
    'Leg die Hände vorn auf die Oberschenkel.',
    'Schieb die Hüfte nach hinten und lass die Hände Richtung Knie gleiten, der Rücken bleibt lang.',
    'Stopp, wenn du die Oberschenkelrückseite spürst, dann schieb die Hüfte nach vorn und richte dich auf.',
    'Spann oben das Gesäß an und wiederhole.',
  ],
  feel: 'Im Gesäß und hinten an den Oberschenkeln.',
  caution: 'Halte den Rücken die ganze Zeit lang; geh nur so weit, wie er gerade bleibt.',
  why: 'Aus der Hüfte zu beugen und das Gesäß heben zu lassen, kann Bücken und Heben für den unteren Rücken angenehmer machen.',
  alt: 'Eine Person aus der Hüfte vorgebeugt, Rücken gerade, die Hände gleiten an den Oberschenkeln hinunter.',
  mistakes: ['Den Rücken runden, um tiefer zu kommen.', 'Die Knie zu einer Kniebeuge beugen.'],
  easier: 'Beug dich nur ein kurzes Stück, oder stell dich mit dem Rücken nah an eine Wand und führ die Hüfte zu ihr.',
  harder: 'Senk dich langsam bis drei zählend ab.',
  breathing: 'Einatmen beim Vorbeugen, ausatmen beim Aufrichten.',
  intensity: 'Gleichmäßige Anstrengung im Gesäß, keine Belastung im Rücken.',
};

export default text;
