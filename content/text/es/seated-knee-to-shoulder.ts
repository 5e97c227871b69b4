import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda recta y los dos pies en el suelo.',
    'Levanta la rodilla derecha y sujétala con las dos manos.',
    'Llévala cruzando el cuerpo hacia el hombro izquierdo.',
    'Mantén donde se estire la parte externa del glúteo y luego haz la rodilla izquierda.',
  ],
  feel: 'En lo hondo de la parte externa del glúteo de la pierna levantada.',
  caution: 'Muévete despacio y no gires el tronco; en una silla con ruedas, bloquéalas o apóyala contra el escritorio.',
  why: 'Aflojar los rotadores profundos puede dejar que la cadera gire con más libertad, y así la zona lumbar quizá tenga que girar menos.',
  alt: 'Una persona sentada en una silla que lleva una rodilla cruzando el cuerpo hacia el hombro contrario.',
  mistakes: ['Girar el cuerpo en lugar de mover la rodilla.'],
  easier: 'Cruza la rodilla solo un poco.',
  harder: 'Mantén la rodilla un poco más al final del movimiento.',
  breathing: 'Suelta el aire mientras la rodilla cruza.',
  intensity: 'Un estiramiento suave en la parte externa del glúteo, nunca un pinchazo en la ingle.',
};

export default text;
