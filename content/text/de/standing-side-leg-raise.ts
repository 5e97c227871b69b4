import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Steh aufrecht neben deinem Schreibtisch, eine Hand darauf für das Gleichgewicht.',
    'Die Zehen zeigen nach vorn.',
    'Heb das äußere Bein langsam ein kurzes Stück zur Seite, ohne dich zu neigen.',
    'Langsam absenken; nach dem Satz umdrehen für das andere Bein.',
  ],
  feel: 'Seitlich im Gesäß des angehobenen Beins.',
  caution: 'Bleib aufrecht; wer den Körper kippt, um höher zu kommen, nimmt der Hüfte die Arbeit weg.',
  why: 'Die seitlichen Gesäßmuskeln halten das Becken beim Gehen waagerecht; sie zu trainieren kann den unteren Rücken etwas entlasten.',
  alt: 'Eine Person steht am Schreibtisch und hebt ein gestrecktes Bein zur Seite.',
  mistakes: ['Den Körper zur Seite kippen, um höher zu kommen.', 'Die Zehen nach oben drehen.'],
  easier: 'Heb den Fuß nur knapp vom Boden.',
  harder: 'Halte jedes Anheben zwei Sekunden.',
  breathing: 'Ausatmen, während das Bein sich hebt.',
  intensity: 'Warme, gleichmäßige Arbeit seitlich an der Hüfte.',
};

export default text;
