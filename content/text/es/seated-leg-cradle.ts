import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda recta en la parte delantera de la silla, con los dos pies en el suelo.',
    'Levanta la pierna derecha y deja caer la rodilla hacia fuera.',
    'Sujeta la rodilla con una mano y el tobillo con la otra.',
    'Sube toda la espinilla hacia el pecho, manteniéndola horizontal.',
    'Mantén, baja la pierna y luego acuna la izquierda.',
  ],
  feel: 'En lo hondo del glúteo y la parte externa de la cadera de la pierna levantada.',
  caution: 'Sube solo hasta donde la rodilla lo permita; en una silla con ruedas, bloquéalas o apóyala contra el escritorio.',
  why: 'Alivia los glúteos y los rotadores profundos que una sentada larga puede entumecer, lo que puede dar más libertad a la cadera y a la zona lumbar.',
  alt: 'Una persona sentada en una silla que sostiene una espinilla horizontal delante del pecho, con la rodilla hacia fuera.',
  mistakes: ['Torcer la rodilla al tirar del pie.'],
  easier: 'Apoya el tobillo sobre el otro muslo en lugar de subir la espinilla.',
  harder: 'Acerca un poco más la espinilla sin perder la espalda recta.',
  breathing: 'Respira despacio mientras acunas la pierna.',
  intensity: 'Una tensión suave en la parte externa de la cadera, nunca dolor en la rodilla.',
};

export default text;
