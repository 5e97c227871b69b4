import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Leg beide Hände auf die Kante deines Schreibtischs.',
    'Geh mit den Füßen zurück, bis die Arme gestreckt sind.',
    'Schieb die Hüfte nach hinten, sodass Rücken und Arme eine lange Linie bilden.',
    'Lass die Knie locker und halte, richte dich für einen Atemzug auf, dann wiederholen.',
  ],
  feel: 'Hinten an den Oberschenkeln, im Gesäß und im unteren Rücken.',
  caution: 'Achte darauf, dass der Schreibtisch nicht rutschen kann, und halte den Nacken in Linie mit dem Rücken.',
  why: 'Das Beugen aus der Hüfte statt aus der Wirbelsäule zu üben, kann Heben und Bücken für den unteren Rücken angenehmer machen.',
  alt: 'Eine Person steht aus der Hüfte gebeugt, Rücken gerade, die gestreckten Arme auf einem Schreibtisch.',
  mistakes: ['Den Rücken runden, statt die Hüfte nach hinten zu schieben.', 'Die Knie fest durchdrücken.'],
  easier: 'Beug die Knie mehr und lass die Hände höher.',
  harder: 'Geh mit den Füßen etwas weiter zurück.',
  breathing: 'Ausatmen, während die Hüfte nach hinten geht; beim Halten langsam atmen.',
  intensity: 'Ein leichter Zug hinten an den Oberschenkeln, nie Schmerz im Rücken.',
};

export default text;
