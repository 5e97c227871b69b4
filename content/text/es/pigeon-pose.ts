import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Empieza a cuatro patas sobre una esterilla o una alfombra.',
    'Lleva la rodilla derecha hacia delante, cerca de la muñeca derecha, con la espinilla en diagonal sobre el suelo.',
    'Desliza la pierna izquierda recta hacia atrás, con el empeine en el suelo.',
    'Orienta la cadera hacia delante y alarga la columna.',
    'Mantén, vuelve a cuatro patas y repite con la rodilla izquierda delante.',
  ],
  feel: 'En el glúteo de la pierna de delante y en la parte delantera de la cadera de la pierna de atrás.',
  caution: 'Carga el peso en las manos y sáltatelo si la rodilla de delante duele o se tuerce.',
  why: 'Estira la cadera en dos direcciones a la vez y puede aliviar la tensión que muchas personas notan alrededor de la cadera y la zona lumbar.',
  alt: 'Una persona con una espinilla doblada delante y la otra pierna estirada recta hacia atrás.',
  mistakes: [
    'Dejar que la cadera se incline hacia el lado de la pierna de delante.',
    'Forzar la espinilla de delante contra el suelo cuando la rodilla protesta.',
  ],
  easier: 'Acerca el pie de delante a la ingle y pon un cojín bajo esa cadera.',
  harder: 'Avanza con las manos y baja el pecho hacia el suelo.',
  breathing: 'Respiraciones largas y lentas; baja un poco más solo al soltar el aire.',
  intensity: 'Un estiramiento intenso pero cómodo en el glúteo, nunca en la rodilla.',
};

export default text;
