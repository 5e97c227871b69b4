import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich vorn auf den Stuhl, die Füße weiter als hüftbreit.',
    'Beug die Brust nach unten zwischen die Knie.',
    'Lass Arme und Kopf locker hängen.',
    'Halten, für einen Atemzug langsam aufrollen, dann wieder nach vorn sinken.',
  ],
  feel: 'Entlang des unteren Rückens bis ins Gesäß.',
  caution: 'Nicht auf einem Stuhl mit Rollen oder einem Drehstuhl; roll langsam auf, wenn dir schwindlig wird.',
  why: 'Sanftes Nach-vorn-Hängen kann einen unteren Rücken entlasten, der lange in einer Haltung war.',
  alt: 'Eine Person sitzt auf einem Stuhl, nach vorn gebeugt, die Arme hängen zum Boden.',
  mistakes: ['Schnell aufrichten und dann schwindlig werden.'],
  easier: 'Leg die Unterarme auf die Oberschenkel, statt hängen zu lassen.',
  harder: 'Wandere mit den Händen zwischen den Füßen nach hinten.',
  breathing: 'Lass dich mit jedem Ausatmen etwas tiefer sinken.',
  intensity: 'Ein lockeres Hängen, nie eine Belastung in Nacken oder Rücken.',
};

export default text;
