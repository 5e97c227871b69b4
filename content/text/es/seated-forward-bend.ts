import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate en el suelo con las piernas estiradas delante.',
    'Estírate hacia arriba y luego inclínate hacia delante desde la cadera.',
    'Desliza las manos por las piernas hasta donde lleguen con comodidad.',
    'Mantén, incorpórate durante una respiración y vuelve a inclinarte.',
  ],
  feel: 'Por la parte de atrás de los muslos y a lo ancho de la zona lumbar.',
  caution:
    'Dobla un poco las rodillas si la espalda se redondea mucho o las piernas tiran con fuerza, y sáltatelo si al doblarte notas dolor que baja por una pierna.',
  why: 'Unos isquiotibiales y glúteos más sueltos pueden ayudarte a inclinarte más desde la cadera y menos desde la zona lumbar.',
  alt: 'Una persona sentada en el suelo con las piernas rectas, inclinada hacia delante para llegar a las espinillas.',
  mistakes: ['Redondear mucho la parte alta de la espalda para llegar más lejos.', 'Dar rebotes al final del movimiento.'],
  easier: 'Dobla un poco las rodillas o siéntate sobre una toalla doblada.',
  harder: 'Lleva las puntas de los pies hacia ti mientras mantienes.',
  breathing: 'Estírate hacia arriba al tomar aire e inclínate un poco al soltarlo.',
  intensity: 'Una tensión suave por detrás de las piernas, nunca dolor detrás de la rodilla.',
};

export default text;
