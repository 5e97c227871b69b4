import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Empieza a cuatro patas con la espalda recta.',
    'Mantén una rodilla doblada en ángulo recto.',
    'Empuja ese pie hacia el techo, con la planta por delante.',
    'Para cuando el muslo quede en línea con el cuerpo y luego baja.',
    'Termina la serie y cambia de pierna.',
  ],
  feel: 'En el glúteo de la pierna que sube.',
  caution: 'Deja que trabaje la cadera; si la zona lumbar se hunde, sube menos.',
  why: 'Entrena la cadera para extenderse por sí sola, lo que puede ayudar a que ese trabajo lo hagan los glúteos y no la zona lumbar.',
  alt: 'Una persona a cuatro patas que empuja una pierna doblada hacia arriba, por detrás.',
  mistakes: ['Arquear la zona lumbar para subir más el pie.'],
  easier: 'Sube la rodilla solo un poco.',
  harder: 'Detente dos segundos con el muslo en línea con el cuerpo.',
  breathing: 'Suelta el aire al empujar el pie hacia arriba.',
  intensity: 'Un apretón firme en el glúteo, sin tensión en la zona lumbar.',
};

export default text;
