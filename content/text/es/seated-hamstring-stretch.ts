import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en la mitad delantera de la silla.',
    'Estira la pierna derecha delante, con el talón en el suelo y las puntas hacia arriba.',
    'Con la espalda recta, inclina el pecho hacia delante desde la cadera.',
    'Mantén con una tensión suave y luego cambia de pierna.',
  ],
  feel: 'Por la parte de atrás del muslo estirado, hasta el glúteo.',
  caution: 'Dóblate desde la cadera; en una silla con ruedas, bloquéalas o apoya antes la silla contra el escritorio.',
  why: 'Unos isquiotibiales tensos pueden dificultar doblarse desde la cadera, de modo que la zona lumbar se redondee más al agacharte.',
  alt: 'Una persona en el borde de una silla con una pierna estirada, el talón en el suelo, inclinada sobre ella.',
  mistakes: ['Encorvar la espalda en lugar de inclinarse desde la cadera.'],
  easier: 'Dobla un poco la rodilla estirada.',
  harder: 'Lleva las puntas de los pies hacia ti al inclinarte.',
  breathing: 'Suelta el aire al inclinarte y luego respira con calma.',
  intensity: 'Una tensión suave detrás del muslo, nunca dolor detrás de la rodilla.',
};

export default text;
