import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie con la espalda recta, los pies al ancho de la cadera y las rodillas sueltas.',
    'Aprieta con firmeza los dos glúteos.',
    'Mantén unos cinco segundos mientras respiras con normalidad.',
    'Suelta del todo un momento y vuelve a apretar.',
  ],
  feel: 'En los dos glúteos, con la cadera empujando un poco hacia delante.',
  caution: 'No tenses el abdomen ni aguantes la respiración mientras aprietas.',
  why: 'Activar los glúteos tras estar mucho tiempo sentado puede ayudarles a compartir el trabajo que, al ponerte de pie, asume la zona lumbar.',
  alt: 'Una persona de pie, erguida, con flechas pequeñas que muestran los glúteos apretándose.',
  mistakes: ['Aguantar la respiración mientras aprietas.'],
  easier: 'Aprieta a media fuerza.',
  harder: 'Mantén cada apretón contando despacio hasta ocho.',
  breathing: 'Respira con normalidad durante cada apretón.',
  intensity: 'Un apretón firme, más o menos un siete sobre diez.',
};

export default text;
