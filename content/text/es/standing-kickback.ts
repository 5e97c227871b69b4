import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de frente al escritorio con las dos manos apoyadas en él.',
    'Inclínate un poco hacia delante y mantén la espalda recta.',
    'Lleva despacio la pierna derecha, estirada, un poco hacia atrás, apretando ese glúteo.',
    'Para antes de que se arquee la zona lumbar y bájala contando despacio.',
    'Termina la serie y cambia de pierna.',
  ],
  feel: 'En el glúteo de la pierna que va hacia atrás.',
  caution: 'Haz la patada pequeña y lenta; un balanceo amplio solo arquea la espalda.',
  why: 'Practica llevar la pierna hacia atrás desde la cadera, lo que puede ayudar a que ese trabajo lo hagan los glúteos y no la zona lumbar.',
  alt: 'Una persona agarrada a un escritorio que lleva una pierna estirada hacia atrás.',
  mistakes: ['Balancear la pierna muy alto y arquear la espalda.'],
  easier: 'Haz el movimiento más pequeño.',
  harder: 'Detente dos segundos con la pierna atrás.',
  breathing: 'Suelta el aire cuando la pierna va hacia atrás.',
  intensity: 'Un apretón firme en el glúteo, sin tensión en la zona lumbar.',
};

export default text;
