import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda recta en la parte delantera de la silla, con los pies apoyados.',
    'Apoya el tobillo derecho sobre el muslo izquierdo, justo por encima de la rodilla.',
    'Pon las manos sobre las espinillas.',
    'Inclínate despacio hacia delante desde la cadera, con la espalda recta.',
    'Respira hondo mientras mantienes y luego cambia de pierna.',
  ],
  feel: 'En el glúteo y la parte externa de la cadera de la pierna cruzada.',
  caution: 'Inclínate solo hasta notar una tensión suave; en una silla con ruedas, bloquéalas o apoya antes la silla contra el escritorio.',
  why: 'Estira los rotadores profundos de la cadera, que suelen notarse tensos después de estar sentado; aflojarlos puede dar más libertad a la cadera y a la zona lumbar.',
  alt: 'Una persona en una silla con un tobillo apoyado sobre la otra rodilla, inclinada hacia delante.',
  mistakes: ['Redondear la espalda en lugar de inclinarse desde la cadera.', 'Empujar con fuerza hacia abajo la rodilla cruzada.'],
  easier: 'Quédate con la espalda recta sin inclinarte; cruzar la pierna puede bastar.',
  harder: 'Inclínate un poco más con el pecho elevado.',
  breathing: 'Respira despacio; inclínate un poco más en cada espiración.',
  intensity: 'Una tensión suave en lo hondo del glúteo, nunca dolor en la rodilla.',
};

export default text;
