import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich neben deinen Schreibtisch, die linke Hand darauf.',
    'Heb das rechte Knie und halte das Schienbein mit der freien Hand.',
    'Zieh das Knie zur Brust und steh dabei aufrecht.',
    'Drück die Ferse des Standbeins in den Boden und halte, dann wechseln.',
  ],
  feel: 'Im Gesäß des angehobenen Beins und vorn an der Hüfte des Standbeins.',
  caution: 'Lass die ganze Zeit eine Hand am Schreibtisch, damit du nicht das Gleichgewicht verlierst.',
  why: 'Sie beugt eine Hüfte, während sich die andere streckt: ein Wechsel zur Sitzhaltung, der einen steifen unteren Rücken lockern kann.',
  alt: 'Eine Person steht an einem Schreibtisch und zieht ein Knie zur Brust.',
  mistakes: ['Den Schreibtisch loslassen.', 'Sich nach vorn zum Knie runden.'],
  easier: 'Greif hinter den Oberschenkel und heb das Knie weniger hoch.',
  harder: 'Geh auf dem Standfuß auf die Zehen und halte dich dabei am Schreibtisch.',
  breathing: 'Atme gleichmäßig; richte dich beim Einatmen auf.',
  intensity: 'Eine sanfte Dehnung im Gesäß, nie Schmerz in der Hüfte.',
};

export default text;
