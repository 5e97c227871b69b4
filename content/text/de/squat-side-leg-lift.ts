import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich seitlich an deinen Schreibtisch, eine Hand darauf, Füße hüftbreit.',
    'Geh mit der Hüfte nach hinten in eine flache Kniebeuge.',
    'Heb beim Hochkommen ein Bein zur Seite.',
    'Stell es ab, geh wieder in die Knie und heb das andere Bein.',
  ],
  feel: 'Seitlich im Gesäß, besonders am Standbein.',
  caution: 'Geh nur flach in die Knie und lass eine Hand am Schreibtisch.',
  why: 'Sie trainiert den mittleren Gesäßmuskel, der das Becken beim Gehen stabilisiert und den unteren Rücken entlasten kann.',
  alt: 'Eine Person hält sich am Schreibtisch, steht auf einem Bein und hebt das andere zur Seite.',
  mistakes: ['Den Körper vom angehobenen Bein weg neigen.'],
  easier: 'Lass die Kniebeuge weg und heb nur das Bein.',
  harder: 'Halte das Bein eine Sekunde draußen.',
  breathing: 'Einatmen beim Beugen, ausatmen beim Hochkommen und Anheben.',
  intensity: 'Gleichmäßige Anstrengung seitlich an der Hüfte.',
};

export default text;
