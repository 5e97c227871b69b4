import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en la parte delantera de una silla estable, con los pies apoyados al ancho de la cadera.',
    'Cruza los brazos sobre el pecho.',
    'Inclínate hacia delante y ponte de pie empujando con los talones.',
    'Arriba, aprieta los glúteos durante dos segundos.',
    'Vuelve a sentarte despacio y con control.',
  ],
  feel: 'En los glúteos y la parte delantera de los muslos.',
  caution: 'No lo hagas en una silla con ruedas ni en una giratoria; usa las manos si las necesitas.',
  why: 'Levantarse de una silla es trabajo de los glúteos; practicarlo con ellos activos puede ahorrar esfuerzo a la zona lumbar.',
  alt: 'Una persona levantándose de una silla con los brazos cruzados sobre el pecho.',
  mistakes: ['Dejar que las rodillas se vayan hacia dentro al subir.', 'Dejarse caer en el asiento.'],
  easier: 'Empuja con las manos sobre los muslos para subir.',
  harder: 'Baja contando despacio hasta cuatro.',
  breathing: 'Suelta el aire al ponerte de pie y tómalo al sentarte.',
  intensity: 'Esfuerzo constante en glúteos y muslos, nunca dolor en las rodillas.',
};

export default text;
