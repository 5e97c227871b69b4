import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.',
    'Con la rodilla doblada, levanta una pierna hacia un lado.',
    'Súbela más o menos hasta la altura de la cadera, con la espalda recta.',
    'Baja despacio; al terminar la serie, haz la otra pierna.',
  ],
  feel: 'En el lateral del glúteo de la pierna que se mueve.',
  caution: 'No te inclines hacia el otro lado ni gires el tronco para subir más.',
  why: 'Activar los músculos laterales de la cadera puede ayudar a mantener la pelvis nivelada al caminar, lo que puede aliviar la zona lumbar.',
  alt: 'Una persona a cuatro patas que levanta una pierna doblada hacia un lado.',
  mistakes: ['Inclinar el cuerpo hacia el otro lado para subir más la rodilla.'],
  easier: 'Separa la rodilla del suelo solo un palmo.',
  harder: 'Mantén cada subida dos segundos arriba.',
  breathing: 'Suelta el aire al subir y tómalo al bajar.',
  intensity: 'Trabajo constante en el lateral del glúteo, nunca un pinchazo en la cadera.',
};

export default text;
