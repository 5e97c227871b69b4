import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Geh in den Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte.',
    'Heb ein Bein mit gebeugtem Knie zur Seite ab.',
    'Heb es etwa bis auf Hüfthöhe, der Rücken bleibt gerade.',
    'Langsam absenken; nach dem Satz das andere Bein.',
  ],
  feel: 'Seitlich im Gesäß des bewegten Beins.',
  caution: 'Lehn dich nicht weg und verdreh den Oberkörper nicht, um höher zu kommen.',
  why: 'Die seitlichen Hüftmuskeln zu wecken kann helfen, das Becken beim Gehen waagerecht zu halten, was den unteren Rücken entlasten kann.',
  alt: 'Eine Person im Vierfüßlerstand hebt ein gebeugtes Bein zur Seite.',
  mistakes: ['Den Körper wegneigen, um das Knie höher zu heben.'],
  easier: 'Heb das Knie nur eine Handbreit vom Boden.',
  harder: 'Halte jedes Anheben oben zwei Sekunden.',
  breathing: 'Ausatmen beim Anheben, einatmen beim Absenken.',
  intensity: 'Gleichmäßige Arbeit seitlich im Gesäß, nie ein Zwicken in der Hüfte.',
};

export default text;
