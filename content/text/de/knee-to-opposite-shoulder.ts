import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich mit langen Beinen auf den Rücken.',
    'Beug das rechte Knie und halte es knapp unter der Kniescheibe.',
    'Führ das Knie quer über den Körper zur linken Schulter.',
    'Halte dort, wo du die Dehnung spürst, dann Seite wechseln.',
  ],
  feel: 'Tief außen im Gesäß des gebeugten Beins.',
  caution: 'Führ das Knie nur so weit, wie es leicht geht; nicht hinüberzwingen.',
  why: 'Ein geschmeidiger Piriformis kann der Hüfte mehr Drehung erlauben, was viele als Erleichterung für einen steifen unteren Rücken empfinden.',
  alt: 'Eine Person liegt auf dem Rücken und zieht ein gebeugtes Knie quer über den Körper.',
  mistakes: ['Die Hüfte vom Boden drehen, um das Knie weiter hinüberzubringen.'],
  easier: 'Zieh das Knie erst gerade hoch und dann nur ein kleines Stück hinüber.',
  harder: 'Fass mit der anderen Hand den Knöchel und zieh das ganze Schienbein hinüber.',
  breathing: 'Ausatmen, während du das Knie hinüberführst, dann gleichmäßig atmen.',
  intensity: 'Ein sanfter Zug außen im Gesäß, nie ein Zwicken vorn an der Hüfte.',
};

export default text;
