import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie con los pies al ancho de la cadera y las rodillas sueltas.',
    'Apoya las manos en la parte delantera de los muslos.',
    'Lleva la cadera hacia atrás y desliza las manos hacia las rodillas, con la espalda recta.',
    'Para cuando notes la parte de atrás de los muslos y luego empuja la cadera hacia delante para subir.',
    'Aprieta los glúteos arriba y repite.',
  ],
  feel: 'En los glúteos y la parte de atrás de los muslos.',
  caution: 'Mantén la espalda recta todo el recorrido; baja solo mientras siga recta.',
  why: 'Doblarte desde la cadera dejando que los glúteos hagan el esfuerzo puede hacer más llevaderos para la zona lumbar los gestos de agacharte y levantar.',
  alt: 'Una persona inclinada hacia delante desde la cadera, con la espalda recta y las manos bajando por los muslos.',
  mistakes: ['Redondear la espalda para bajar más.', 'Doblar las rodillas como en una sentadilla.'],
  easier: 'Inclínate solo un poco, o ponte de espaldas cerca de una pared y lleva la cadera hasta tocarla.',
  harder: 'Baja contando despacio hasta tres.',
  breathing: 'Toma aire al inclinarte y suéltalo al subir.',
  intensity: 'Esfuerzo constante en los glúteos, sin tensión en la espalda.',
};

export default text;
