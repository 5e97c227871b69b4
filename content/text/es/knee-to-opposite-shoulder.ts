import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate boca arriba con las piernas estiradas.',
    'Dobla la rodilla derecha y sujétala justo por debajo de la rótula.',
    'Guía la rodilla cruzando el cuerpo hacia el hombro izquierdo.',
    'Mantén donde notes el estiramiento y luego cambia de lado.',
  ],
  feel: 'En lo hondo de la parte externa del glúteo de la pierna doblada.',
  caution: 'Lleva la rodilla solo hasta donde llegue con facilidad; no la fuerces a cruzar.',
  why: 'Un piriforme flexible puede dar a la cadera más libertad para girar, algo que muchas personas notan como alivio en una zona lumbar rígida.',
  alt: 'Una persona tumbada boca arriba que lleva una rodilla doblada hacia el otro lado del cuerpo.',
  mistakes: ['Girar la cadera y despegarla del suelo para cruzar más la rodilla.'],
  easier: 'Sube primero la rodilla en línea recta y crúzala solo un poco.',
  harder: 'Sujeta el tobillo con la otra mano y lleva toda la espinilla hacia el otro lado.',
  breathing: 'Suelta el aire mientras guías la rodilla y luego respira con calma.',
  intensity: 'Una tensión suave en la parte externa del glúteo, nunca un pinchazo en la parte delantera de la cadera.',
};

export default text;
