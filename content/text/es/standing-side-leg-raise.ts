import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie junto al escritorio, con una mano en él para mantener el equilibrio.',
    'Mantén las puntas de los pies mirando hacia delante.',
    'Levanta despacio la pierna de fuera un poco hacia el lado, sin inclinarte.',
    'Bájala contando despacio; al terminar la serie, date la vuelta para la otra pierna.',
  ],
  feel: 'En el lateral del glúteo de la pierna que sube.',
  caution: 'Mantén el tronco vertical; inclinar el cuerpo para subir más quita el trabajo a la cadera.',
  why: 'Los glúteos laterales ayudan a mantener la pelvis nivelada al caminar; entrenarlos puede quitar algo de carga a la zona lumbar.',
  alt: 'Una persona de pie junto a un escritorio que levanta una pierna estirada hacia un lado.',
  mistakes: ['Inclinar el cuerpo hacia un lado para subir más.', 'Girar la punta del pie hacia arriba.'],
  easier: 'Despega el pie apenas del suelo.',
  harder: 'Mantén cada subida dos segundos.',
  breathing: 'Suelta el aire al subir la pierna.',
  intensity: 'Calor y trabajo constante en el lateral de la cadera.',
};

export default text;
