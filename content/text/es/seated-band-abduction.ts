import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en el suelo con una banda elástica cerrada alrededor de las pantorrillas.',
    'Dobla las rodillas y apoya los pies en el suelo.',
    'Échate un poco hacia atrás sobre las manos, con la espalda recta.',
    'Empuja las dos rodillas hacia fuera contra la banda, girando la cadera hacia fuera.',
    'Deja que vuelvan a juntarse despacio.',
  ],
  feel: 'En la parte externa de los glúteos y los laterales de la cadera.',
  caution:
    'Mantén la espalda recta en lugar de hundirte sobre las manos, y para si notas un pinzamiento en la cadera o las rodillas; empieza con una banda ligera.',
  why: 'Unos músculos externos de la cadera más fuertes pueden ayudar a estabilizar la pelvis, lo que puede quitar algo de carga a la zona lumbar.',
  alt: 'Una persona sentada en el suelo con las rodillas dobladas, separándolas contra una banda.',
  mistakes: ['Dejar que los pies se separen junto con las rodillas.', 'Juntar las rodillas de golpe.'],
  easier: 'Usa una banda más ligera o quítatela.',
  harder: 'Mantén las rodillas separadas dos segundos cada vez.',
  breathing: 'Suelta el aire al separar las rodillas.',
  intensity: 'Un esfuerzo con el que podrías hacer unas cuantas repeticiones más, no al máximo.',
};

export default text;
