import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate boca arriba sobre una esterilla o una alfombra.',
    'Sube una rodilla y luego la otra, y sujétalas con las manos.',
    'Acércalas con suavidad hacia el pecho.',
    'Respira despacio hacia el vientre mientras mantienes.',
    'Afloja un poco y vuelve a acercarlas para mantener una segunda vez.',
  ],
  feel: 'A lo ancho de la zona lumbar y en la parte alta de los glúteos.',
  caution: 'Tira con suavidad con los brazos y deja la cabeza y los hombros apoyados en el suelo.',
  why: 'Redondear suavemente la zona lumbar puede aliviar los músculos que se notan rígidos después de horas en la silla.',
  alt: 'Una persona tumbada boca arriba que abraza las dos rodillas dobladas hacia el pecho.',
  mistakes: ['Levantar la cabeza y los hombros para tirar más fuerte.', 'Tirar de las rodillas de golpe en lugar de acercarlas despacio.'],
  easier: 'Sujeta por detrás de los muslos en lugar de por encima de las rodillas.',
  harder: 'Balancéate con suavidad de un lado a otro mientras mantienes.',
  breathing: 'Respira hacia el vientre y deja que cada espiración afloje un poco más.',
  intensity: 'Una tensión suave y uniforme en la zona lumbar, nunca dolor.',
};

export default text;
