import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de lado junto al escritorio con una mano apoyada en él y los pies al ancho de la cadera.',
    'Baja a una sentadilla poco profunda con la cadera hacia atrás.',
    'Al subir, levanta una pierna hacia un lado.',
    'Apóyala, vuelve a bajar y levanta la otra pierna.',
  ],
  feel: 'En el lateral del glúteo, sobre todo en la pierna de apoyo.',
  caution: 'Haz sentadillas poco profundas y deja una mano en el escritorio.',
  why: 'Trabaja el glúteo medio, que ayuda a estabilizar la pelvis al caminar y puede aliviar la carga de la zona lumbar.',
  alt: 'Una persona agarrada a un escritorio, sobre una pierna, levantando la otra hacia un lado.',
  mistakes: ['Inclinar el cuerpo hacia el lado contrario a la pierna que sube.'],
  easier: 'Omite la sentadilla y limítate a levantar la pierna.',
  harder: 'Detente un segundo con la pierna levantada.',
  breathing: 'Toma aire al bajar y suéltalo al subir y levantar la pierna.',
  intensity: 'Esfuerzo constante en los laterales de la cadera.',
};

export default text;
