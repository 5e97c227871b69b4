import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich seitlich an deinen Schreibtisch und leg eine Hand darauf.',
    'Mach mit dem rechten Fuß einen großen Schritt zurück und heb diese Ferse.',
    'Roll das Steißbein ein und spann das hintere Gesäß an.',
    'Beug das vordere Knie etwas, bis vorn an der hinteren Hüfte eine Dehnung kommt.',
    'Halten, dann den anderen Fuß zurückstellen.',
  ],
  feel: 'Vorn an der Hüfte des hinteren Beins.',
  caution: 'Bleib mit dem Rücken aufrecht; nach hinten lehnen führt nur ins Hohlkreuz.',
  why: 'Die Hüftbeuger bleiben im Sitzen verkürzt; sie zu dehnen kann nach langem Sitzen die Hüftvorderseite und den unteren Rücken entlasten.',
  alt: 'Eine Person in weiter Schrittstellung, eine Hand am Schreibtisch, dehnt die Vorderseite der hinteren Hüfte.',
  mistakes: ['Ins Hohlkreuz gehen, statt das Steißbein einzurollen.'],
  easier: 'Mach einen kürzeren Schritt zurück.',
  harder: 'Streck den Arm auf der Seite des hinteren Beins nach oben und leicht hinüber.',
  breathing: 'Atme langsam und roll das Steißbein beim Ausatmen etwas mehr ein.',
  intensity: 'Eine sanfte Dehnung vorn an der Hüfte, nie Schmerz im Rücken.',
};

export default text;
