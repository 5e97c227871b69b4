import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en la parte delantera de la silla con los pies más separados que la cadera.',
    'Deja caer el pecho hacia delante, entre las rodillas.',
    'Deja colgar los brazos y la cabeza, sueltos.',
    'Mantén, incorpórate despacio durante una respiración y vuelve a bajar.',
  ],
  feel: 'A lo largo de la zona lumbar y hasta los glúteos.',
  caution: 'No lo hagas en una silla con ruedas ni en una giratoria; incorpórate despacio si notas mareo.',
  why: 'Dejarte caer hacia delante con suavidad puede aliviar una zona lumbar que ha pasado mucho tiempo en la misma postura.',
  alt: 'Una persona sentada en una silla, doblada hacia delante, con los brazos colgando hasta el suelo.',
  mistakes: ['Incorporarse deprisa y marearse.'],
  easier: 'Apoya los antebrazos en los muslos en lugar de colgar.',
  harder: 'Lleva las manos hacia atrás, entre los pies.',
  breathing: 'Deja que cada espiración te haga bajar un poco más.',
  intensity: 'Un colgar relajado, sin forzar nunca el cuello ni la espalda.',
};

export default text;
