import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie, de lado junto al escritorio, con una mano apoyada en él.',
    'Pasa el peso al pie izquierdo.',
    'Despega el pie derecho apenas del suelo.',
    'Mantén las dos caderas a la misma altura, sin inclinarte sobre la pierna de apoyo.',
    'Mantén, baja el pie y luego apóyate en la pierna derecha.',
  ],
  feel: 'En el lateral del glúteo de la pierna de apoyo.',
  caution: 'Deja una mano en el escritorio todo el tiempo; apóyate en él cada vez que te tambalees.',
  why: 'Los glúteos laterales de la pierna de apoyo evitan que la pelvis caiga; entrenarlos puede dar estabilidad a la zona lumbar.',
  alt: 'Una persona sobre una pierna con una mano en un escritorio y el otro pie un poco levantado.',
  mistakes: ['Dejar caer la cadera de la pierna levantada.', 'Bloquear la rodilla de apoyo.'],
  easier: 'Apoya las puntas del pie levantado en el suelo.',
  harder: 'Apoya en el escritorio solo la punta de un dedo.',
  breathing: 'Respira con calma; aguantar la respiración te hace tambalear.',
  intensity: 'Trabajo tranquilo y constante en el lateral de la cadera de apoyo.',
};

export default text;
