import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda recta, las rodillas dobladas y los pies apoyados al ancho de la cadera.',
    'Pon las manos en la parte externa de las rodillas.',
    'Empuja las rodillas hacia fuera mientras las manos resisten.',
    'Mantén el empuje unos cuatro segundos y luego relaja.',
  ],
  feel: 'En la parte externa de los glúteos y los laterales de la cadera.',
  caution: 'Empuja con firmeza, no con toda tu fuerza; en una silla giratoria, mantén los dos pies bien apoyados.',
  why: 'Entrena los glúteos laterales que ayudan a mantener la pelvis nivelada, lo que puede hacer caminar más llevadero para la zona lumbar.',
  alt: 'Una persona en una silla empujando las rodillas hacia fuera contra las manos.',
  mistakes: ['Dejar que los pies se vuelquen sobre los bordes.'],
  easier: 'Empuja con más suavidad.',
  harder: 'Mantén cada empuje seis segundos.',
  breathing: 'Sigue respirando de forma regular mientras empujas.',
  intensity: 'Esfuerzo firme, más o menos un siete sobre diez, nunca tensión excesiva.',
};

export default text;
