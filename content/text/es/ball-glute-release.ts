import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de espaldas a una pared con una pelota de tenis o de masaje detrás del glúteo derecho.',
    'Apóyate en la pared para que la pelota presione el músculo.',
    'Dobla un poco las rodillas para hacer rodar la pelota despacio arriba y abajo.',
    'Detente en un punto sensible durante unas respiraciones y luego sigue.',
    'Cambia de lado y repite.',
  ],
  feel: 'Una presión profunda y sorda en el glúteo que se alivia al rodar.',
  caution: 'Aparta la pelota de la columna y del hueso de la cadera, y para si notas hormigueo bajando por la pierna.',
  why: 'Aflojar un glúteo tenso puede ayudar a que la cadera se mueva con libertad, y muchas personas notan después la zona lumbar más suelta.',
  alt: 'Una persona apoyada en una pared con una pelota pequeña entre el glúteo y la pared.',
  mistakes: ['Apretar tanto que te pones en tensión.', 'Pasar la pelota por las partes óseas de la cadera.'],
  easier: 'Ponte más lejos de la pared para cargar menos peso sobre la pelota.',
  harder: 'Rueda más despacio y detente más tiempo en cada punto sensible.',
  breathing: 'Suelta el aire despacio mientras la pelota descansa sobre un punto sensible.',
  intensity: 'Una presión algo molesta, nunca dolor agudo ni hormigueo.',
};

export default text;
