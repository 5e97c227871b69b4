import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich auf die vordere Hälfte des Stuhls.',
    'Streck das rechte Bein nach vorn, Ferse am Boden, Zehen nach oben.',
    'Kipp mit langem Rücken die Brust aus der Hüfte nach vorn.',
    'Halte bei einem sanften Zug, dann die Beine wechseln.',
  ],
  feel: 'An der Rückseite des gestreckten Oberschenkels, bis ins Gesäß.',
  caution: 'Beug dich aus der Hüfte; einen Stuhl mit Rollen vorher feststellen oder an den Schreibtisch stellen.',
  why: 'Verkürzte hintere Oberschenkel können das Beugen aus der Hüfte erschweren, sodass sich der untere Rücken beim Bücken stärker runden kann.',
  alt: 'Eine Person auf der Stuhlkante, ein Bein gestreckt mit der Ferse am Boden, darüber nach vorn geneigt.',
  mistakes: ['Den Rücken krumm machen, statt aus der Hüfte zu kippen.'],
  easier: 'Beug das gestreckte Knie etwas.',
  harder: 'Zieh beim Vorneigen die Zehen zu dir.',
  breathing: 'Ausatmen beim Vorkippen, dann gleichmäßig atmen.',
  intensity: 'Ein leichter Zug hinten am Oberschenkel, nie Schmerz in der Kniekehle.',
};

export default text;
