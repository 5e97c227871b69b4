import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich seitlich an deinen Schreibtisch, eine Hand darauf.',
    'Mach mit dem linken Fuß einen weiten Schritt zurück, die hintere Ferse angehoben.',
    'Beug langsam beide Knie, bis das hintere Knie eine Handbreit über dem Boden ist, oder höher.',
    'Drück dich über die vordere Ferse hoch und spann dieses Gesäß an.',
    'Beende den Satz, dann umdrehen und den anderen Fuß zurückstellen.',
  ],
  feel: 'Im Gesäß und Oberschenkel des vorderen Beins.',
  caution: 'Bleib in einer Tiefe ohne Knieschmerz und halte das vordere Knie über dem Fuß.',
  why: 'Sie trainiert jede Hüfte, dich allein zu tragen, was den unteren Rücken beim Gehen und Treppensteigen entlasten kann.',
  alt: 'Eine Person hält sich am Schreibtisch in weiter Schrittstellung, beide Knie gebeugt.',
  mistakes: ['Das vordere Knie nach innen fallen lassen.', 'Den Oberkörper über den vorderen Oberschenkel nach vorn lehnen.'],
  easier: 'Beug die Knie nur ein wenig.',
  harder: 'Senk dich langsam bis drei zählend ab.',
  breathing: 'Einatmen beim Absenken, ausatmen beim Hochdrücken.',
  intensity: 'Harte, aber gleichmäßige Anstrengung im vorderen Bein, nie Schmerz im Knie.',
};

export default text;
