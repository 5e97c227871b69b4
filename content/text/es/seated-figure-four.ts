import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda larga en la parte delantera de la silla, con los pies apoyados.',
    'Apoya el tobillo derecho sobre el muslo izquierdo, justo por encima de la rodilla.',
    'Pon las manos sobre las espinillas.',
    'Inclínate despacio hacia delante desde la cadera, con la espalda larga.',
    'Respira hondo mientras mantienes y luego cambia de pierna.',
  ],
  feel: 'En el glúteo y la parte externa de la cadera de la pierna cruzada.',
  caution: 'Inclínate solo hasta notar un tirón leve; en una silla con ruedas, bloquéalas o apoya antes la silla contra el escritorio.',
  why: 'Afloja los rotadores profundos de la cadera, que se tensan en la silla y tiran de la pelvis y de la zona lumbar.',
  alt: 'Una persona en una silla con un tobillo apoyado sobre la otra rodilla, inclinada hacia delante.',
  mistakes: ['Redondear la espalda en lugar de inclinarse desde la cadera.', 'Empujar con fuerza hacia abajo la rodilla cruzada.'],
  easier: 'Quédate con la espalda larga sin inclinarte; cruzar la pierna puede bastar.',
  harder: 'Inclínate un poco más con el pecho elevado.',
  breathing: 'Respira despacio; inclínate un poco más en cada espiración.',
  intensity: 'Un tirón suave en lo hondo del glúteo, nunca dolor en la rodilla.',
};

export default text;
