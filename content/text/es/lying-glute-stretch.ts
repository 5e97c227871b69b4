import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados.',
    'Apoya el tobillo derecho sobre la rodilla izquierda.',
    'Levanta el pie izquierdo y sujeta por detrás del muslo izquierdo.',
    'Acerca ese muslo hacia ti hasta notar el estiramiento en el glúteo derecho.',
    'Mantén y luego cambia de pierna.',
  ],
  feel: 'En lo hondo del glúteo de la pierna cruzada.',
  caution: 'Deja relajada la rodilla cruzada; para si notas un pinchazo en la rodilla o la cadera.',
  why: 'Un glúteo más suelto puede dejar que la cadera gire con más libertad, lo que puede aliviar la sensación en la zona lumbar.',
  alt: 'Una persona boca arriba con un tobillo cruzado sobre la otra rodilla, acercando las piernas.',
  mistakes: ['Tirar del muslo tan fuerte que la cadera se despega del suelo.', 'Empujar hacia abajo la rodilla cruzada.'],
  easier: 'Deja el pie de abajo en el suelo y limítate a cruzar el tobillo encima.',
  harder: 'Acerca el muslo un poco más sin despegar el coxis del suelo.',
  breathing: 'Respira despacio; deja que la rodilla cruzada baje un poco en cada espiración.',
  intensity: 'Un estiramiento leve en lo hondo del glúteo, nunca un pinchazo en la cadera.',
};

export default text;
