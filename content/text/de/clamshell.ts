import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich auf die linke Seite, den Kopf auf dem Arm, die Knie gebeugt übereinander.',
    'Lass die Fersen die ganze Zeit aneinander.',
    'Öffne das obere Knie langsam nach oben wie eine Muschel, ohne nach hinten zu kippen.',
    'Senke es langsam wieder ab und dreh dich dann für die andere Seite um.',
  ],
  feel: 'Außen am oberen Gesäß.',
  caution: 'Bewegung klein halten, Becken ruhig; hör auf, wenn die Hüfte schmerzhaft knackt.',
  why: 'Die seitlichen Gesäßmuskeln stabilisieren das Becken bei jedem Schritt; sie zu trainieren kann dem unteren Rücken spürbar Halt geben.',
  alt: 'Eine Person liegt auf der Seite, Knie gebeugt, und öffnet das obere Knie vom unteren weg.',
  mistakes: ['Die obere Hüfte nach hinten drehen, um das Knie höher zu bekommen.', 'Das Anheben überhasten.'],
  easier: 'Öffne das Knie nur ein kleines Stück.',
  harder: 'Halte oben einen Atemzug lang an oder lege ein leichtes Band über die Knie.',
  breathing: 'Ausatmen, wenn sich das Knie öffnet, einatmen, wenn es sich schließt.',
  intensity: 'Ein warmes, müdes Gefühl seitlich im Gesäß ist richtig.',
};

export default text;
