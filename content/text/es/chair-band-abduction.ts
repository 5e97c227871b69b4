import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en la silla con la espalda erguida y una banda elástica cerrada justo por encima de las rodillas.',
    'Apoya los pies en el suelo, separados al ancho de la cadera.',
    'Separa las rodillas contra la banda sin levantar los pies.',
    'Vuelve a juntarlas despacio y con control.',
  ],
  feel: 'En la parte externa de los glúteos y los laterales de la cadera.',
  caution: 'Empieza con una banda ligera; en una silla giratoria, mantén los dos pies bien apoyados.',
  why: 'Unos músculos externos de la cadera más fuertes pueden ayudar a estabilizar la pelvis al moverte, lo que puede aliviar la zona lumbar en el día a día.',
  alt: 'Una persona sentada en una silla con una banda alrededor de las rodillas, separándolas.',
  mistakes: ['Dejar que los pies se levanten o se separen.'],
  easier: 'Usa una banda más ligera.',
  harder: 'Mantén las rodillas separadas dos segundos cada vez.',
  breathing: 'Suelta el aire al separar las rodillas.',
  intensity: 'Un esfuerzo con el que podrías hacer unas cuantas repeticiones más.',
};

export default text;
