import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich mit dem Rücken zur Wand, einen Tennis- oder Massageball hinter dem rechten Gesäß.',
    'Lehn dich an die Wand, sodass der Ball in den Muskel drückt.',
    'Beug die Knie etwas, um den Ball langsam auf und ab zu rollen.',
    'Bleib auf einer empfindlichen Stelle ein paar Atemzüge, dann weiter.',
    'Seite wechseln und wiederholen.',
  ],
  feel: 'Ein tiefer, dumpfer Druck im Gesäß, der beim Rollen nachlässt.',
  caution: 'Roll nicht über Wirbelsäule und Hüftknochen; hör bei jedem Kribbeln im Bein auf.',
  why: 'Ein gelockertes Gesäß kann der Hüfte mehr Bewegung geben, und viele spüren danach auch den unteren Rücken entspannter.',
  alt: 'Eine Person lehnt an einer Wand, ein kleiner Ball zwischen Gesäß und Wand.',
  mistakes: ['So fest drücken, dass du dich verspannst.', 'Über die knöchernen Stellen der Hüfte rollen.'],
  easier: 'Stell dich weiter weg von der Wand, damit weniger Gewicht auf dem Ball liegt.',
  harder: 'Roll langsamer und bleib länger auf jeder empfindlichen Stelle.',
  breathing: 'Atme langsam aus, während der Ball auf einer empfindlichen Stelle ruht.',
  intensity: 'Ein empfindlicher Druck, nie stechender Schmerz oder Kribbeln.',
};

export default text;
