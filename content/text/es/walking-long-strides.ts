import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie y busca un pasillo o un camino despejado.',
    'Camina a paso tranquilo con pasos un poco más largos de lo habitual.',
    'Impúlsate con el pie de atrás y nota cómo trabaja el glúteo de esa pierna.',
    'Mantén el tronco erguido y deja que los brazos se balanceen.',
  ],
  feel: 'En el glúteo de la pierna de atrás al impulsarte.',
  caution: 'Alarga el paso solo mientras siga siendo cómodo; sin llegar a hacer zancadas.',
  why: 'Un paso largo mueve la cadera en más recorrido y deja que los glúteos impulsen, lo que puede aliviar la zona lumbar.',
  alt: 'Una persona caminando a pasos largos, balanceando los brazos.',
  mistakes: ['Alargar tanto el paso que el talón golpea el suelo.'],
  easier: 'Camina con tu paso de siempre y sigue en movimiento.',
  harder: 'Sube una cuesta o un tramo de escaleras.',
  breathing: 'Respira con soltura; deberías poder hablar.',
  intensity: 'Un paseo cómodo, un poco más rápido de lo habitual.',
};

export default text;
