import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate boca arriba con las rodillas dobladas y los pies apoyados.',
    'Estira una pierna en línea con el otro muslo.',
    'Empuja con el talón apoyado para subir la cadera.',
    'Mantén las dos caderas a la misma altura al subir y al bajar.',
    'Termina la serie y luego cambia de pierna.',
  ],
  feel: 'En el glúteo de la pierna apoyada.',
  caution: 'Si la cadera se ladea o te duele la espalda, vuelve al puente con las dos piernas.',
  why: 'Entrenar cada lado por separado puede equilibrar un glúteo más débil, lo que puede ayudar a que la cadera y la zona lumbar repartan mejor la carga.',
  alt: 'Una persona en puente con la cadera elevada sobre un pie apoyado y la otra pierna estirada.',
  mistakes: ['Dejar caer la cadera de la pierna levantada.'],
  easier: 'Haz el puente de glúteos con las dos piernas.',
  harder: 'Detente dos segundos arriba en cada subida.',
  breathing: 'Suelta el aire al empujar con el talón hacia arriba.',
  intensity: 'Trabajo intenso en un glúteo; para si la espalda toma el relevo.',
};

export default text;
