import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie con los pies al ancho de los hombros y, si quieres, un escritorio delante.',
    'Lleva la cadera hacia atrás en una sentadilla poco profunda, empujando las rodillas hacia fuera sobre los pies.',
    'Vuelve a subir apretando los glúteos y repite: unos 3 segundos por sentadilla.',
  ],
  feel: 'En los glúteos y la parte externa de la cadera.',
  caution: 'Baja solo hasta donde no duela, con los talones apoyados, y ponte de pie a descansar siempre que lo necesites.',
  why: 'Hacer la sentadilla empujando las rodillas hacia fuera pide a la cadera que impulse el movimiento, lo que puede hacer más llevadero levantar peso para la zona lumbar.',
  alt: 'Una persona en media sentadilla, vista de frente, con las rodillas empujadas hacia fuera.',
  mistakes: ['Dejar que las rodillas se vayan hacia dentro al empujar.', 'Bajar más de lo que resulta cómodo.'],
  easier: 'Baja solo un poco o sujétate al escritorio.',
  harder: 'Baja un poco más despacio, empujando las rodillas hacia fuera todo el recorrido.',
  breathing: 'Suelta el aire al empujar las rodillas hacia fuera.',
  intensity: 'Un esfuerzo intenso pero constante en glúteos y muslos.',
};

export default text;
