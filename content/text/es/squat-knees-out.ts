import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie con los pies al ancho de los hombros y, si quieres, un escritorio delante.',
    'Lleva la cadera hacia atrás en una sentadilla, como mucho hasta que los muslos queden paralelos al suelo.',
    'Quédate abajo y empuja las rodillas hacia fuera sobre las puntas de los pies; luego afloja.',
    'Haz diez empujes antes de subir, apretando los glúteos.',
  ],
  feel: 'En los glúteos y la parte externa de la cadera.',
  caution: 'Quédate a una profundidad sin dolor, con los talones apoyados, y sube antes si te tiemblan las piernas.',
  why: 'Hacer la sentadilla empujando las rodillas hacia fuera pide a la cadera que impulse el movimiento, lo que puede hacer más llevadero levantar peso para la zona lumbar.',
  alt: 'Una persona en media sentadilla, vista de frente, con las rodillas empujadas hacia fuera.',
  mistakes: ['Dejar que las rodillas se vayan hacia dentro al empujar.', 'Bajar más de lo que resulta cómodo.'],
  easier: 'Baja solo un poco o sujétate al escritorio.',
  harder: 'Mantén cada empuje hacia fuera dos segundos.',
  breathing: 'Suelta el aire al empujar las rodillas hacia fuera.',
  intensity: 'Un esfuerzo intenso pero constante en glúteos y muslos.',
};

export default text;
