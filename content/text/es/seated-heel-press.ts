import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en la mitad delantera de la silla con los pies un poco por delante de las rodillas.',
    'Empuja los dos talones hacia abajo y hacia atrás contra el suelo, como si quisieras arrastrarlo hacia ti.',
    'Aprieta a la vez los glúteos y mantén unos cuatro segundos.',
    'Suelta del todo y vuelve a empujar.',
  ],
  feel: 'En los glúteos y la parte de atrás de los muslos.',
  caution:
    'No despegues el trasero del asiento y mantén la espalda recta; en una silla con ruedas, bloquéalas o apóyala contra el escritorio.',
  why: 'Trabaja los músculos que extienden la cadera en el puente, que pueden quitar carga a la zona lumbar.',
  alt: 'Una persona sentada con la espalda recta en una silla, empujando los talones hacia abajo y atrás contra el suelo.',
  mistakes: ['Despegar el trasero de la silla.'],
  easier: 'Empuja con más suavidad.',
  harder: 'Mantén cada empuje seis segundos.',
  breathing: 'Suelta el aire al empujar.',
  intensity: 'Esfuerzo firme, más o menos un siete sobre diez.',
};

export default text;
