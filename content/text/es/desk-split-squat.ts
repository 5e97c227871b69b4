import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de lado junto al escritorio con una mano apoyada en él.',
    'Lleva el pie izquierdo hacia atrás en una zancada larga, con el talón de atrás levantado.',
    'Dobla despacio las dos rodillas hasta que la de atrás quede a un palmo del suelo, o más arriba.',
    'Sube empujando con el talón de delante y apretando ese glúteo.',
    'Termina la serie, date la vuelta y lleva atrás el otro pie.',
  ],
  feel: 'En el glúteo y el muslo de la pierna de delante.',
  caution: 'Quédate a una profundidad sin dolor de rodilla y mantén la rodilla de delante sobre el pie.',
  why: 'Entrena cada cadera para sostenerte por sí sola, lo que puede dejar menos trabajo a la zona lumbar al caminar o subir escaleras.',
  alt: 'Una persona agarrada a un escritorio en zancada larga, con las dos rodillas dobladas.',
  mistakes: ['Dejar que la rodilla de delante se vaya hacia dentro.', 'Echar el cuerpo hacia delante sobre el muslo de delante.'],
  easier: 'Dobla las rodillas solo un poco.',
  harder: 'Baja contando despacio hasta tres.',
  breathing: 'Toma aire al bajar y suéltalo al subir.',
  intensity: 'Un esfuerzo intenso pero constante en la pierna de delante, nunca dolor en la rodilla.',
};

export default text;
