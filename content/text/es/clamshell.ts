import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate sobre el lado izquierdo, con la cabeza apoyada en el brazo y las rodillas dobladas una sobre otra.',
    'Mantén los talones juntos todo el tiempo.',
    'Abre despacio la rodilla de arriba como una concha, sin rodar hacia atrás.',
    'Bájala contando despacio y luego gírate para hacer el otro lado.',
  ],
  feel: 'En la parte externa y alta del glúteo.',
  caution: 'Haz un movimiento pequeño y deja la pelvis quieta; para si la cadera chasquea con dolor.',
  why: 'Los glúteos laterales ayudan a estabilizar la pelvis a cada paso; entrenarlos puede hacer que la zona lumbar se sienta más sostenida.',
  alt: 'Una persona tumbada de lado con las rodillas dobladas, separando la rodilla de arriba de la de abajo.',
  mistakes: ['Rodar la cadera de arriba hacia atrás para subir más la rodilla.', 'Subir con prisas.'],
  easier: 'Abre la rodilla solo un poco.',
  harder: 'Detente arriba durante una respiración o pon una banda elástica cerrada ligera por encima de las rodillas.',
  breathing: 'Suelta el aire al abrir la rodilla y tómalo al cerrarla.',
  intensity: 'Lo normal es notar calor y cansancio en el lateral del glúteo.',
};

export default text;
