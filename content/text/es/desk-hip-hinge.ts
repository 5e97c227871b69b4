import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Apoya las dos manos en el borde del escritorio.',
    'Camina hacia atrás hasta que los brazos queden estirados.',
    'Lleva la cadera hacia atrás para que la espalda y los brazos formen una línea larga.',
    'Afloja las rodillas y mantén; sube durante una respiración y repite.',
  ],
  feel: 'En la parte de atrás de los muslos, los glúteos y la zona lumbar.',
  caution: 'Comprueba que el escritorio no pueda deslizarse y mantén el cuello en línea con la espalda.',
  why: 'Practicar a doblarte desde la cadera y no desde la columna es un hábito que puede hacer más llevaderos para la zona lumbar los gestos de agacharte y levantar peso.',
  alt: 'Una persona de pie doblada por la cadera, con la espalda recta y los brazos estirados apoyados en un escritorio.',
  mistakes: ['Redondear la espalda en lugar de llevar la cadera hacia atrás.', 'Bloquear las rodillas con fuerza.'],
  easier: 'Dobla más las rodillas y pon las manos más altas.',
  harder: 'Lleva los pies un poco más atrás.',
  breathing: 'Suelta el aire al llevar la cadera atrás y respira despacio mientras mantienes.',
  intensity: 'Una tensión suave detrás de los muslos, nunca dolor en la espalda.',
};

export default text;
