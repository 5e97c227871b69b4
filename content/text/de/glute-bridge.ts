import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg dich auf den Rücken, Knie gebeugt, Füße flach und hüftbreit.',
    'Spann den Bauch leicht an und atme aus.',
    'Spann das Gesäß an und heb die Hüfte vom Boden.',
    'Stopp, bevor der Rücken ins Hohlkreuz geht, und halte etwa drei Sekunden.',
    'Roll langsam ab und wiederhole.',
  ],
  feel: 'Im Gesäß, mit etwas Arbeit in der Rückseite der Oberschenkel.',
  caution: 'Heb nur bis zu einer geraden Linie von den Schultern bis zu den Knien, nicht höher.',
  why: 'Kräftige Gesäßmuskeln tragen die Hüfte mit, und sie zu trainieren kann den unteren Rücken entlasten.',
  alt: 'Eine Person, Schultern am Boden, Knie gebeugt, mit angehobener Hüfte in einer Brücke.',
  mistakes: ['Die Hüfte so hoch drücken, dass der untere Rücken ins Hohlkreuz geht.', 'Die Knie nach innen oder außen fallen lassen.'],
  easier: 'Heb nur halb so hoch und halte kürzer.',
  harder: 'Halte oben fünf Sekunden oder stell die Füße näher zusammen.',
  breathing: 'Ausatmen beim Anheben, einatmen beim Abrollen.',
  intensity: 'Kräftige Arbeit im Gesäß; hör auf, wenn unterer Rücken oder hintere Oberschenkel verkrampfen.',
};

export default text;
