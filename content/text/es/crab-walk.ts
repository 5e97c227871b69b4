import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Busca un tramo de suelo despejado, sin nada con lo que tropezar.',
    'Ponte de pie con los pies al ancho de la cadera y baja a una sentadilla ligera.',
    'Da un paso lateral con el pie derecho, con las puntas hacia delante, y acerca el izquierdo hasta la mitad.',
    'Da todos los pasos hacia un lado, sin subir, y luego vuelve hacia el otro.',
  ],
  feel: 'En los laterales de los glúteos.',
  caution: 'Mantén las rodillas sobre las puntas de los pies y no dejes que los pies se toquen.',
  why: 'Los pasos laterales en sentadilla hacen trabajar a los glúteos laterales para estabilizar la pelvis, lo que puede dar más estabilidad a la zona lumbar.',
  alt: 'Una persona en media sentadilla que da pasos laterales con los pies separados.',
  mistakes: ['Enderezarse del todo entre paso y paso.', 'Dejar que los pies se toquen.'],
  easier: 'No bajes tanto y da pasos más cortos.',
  harder: 'Baja un poco más y da pasos más amplios.',
  breathing: 'Respira de forma regular con cada paso.',
  intensity: 'Calor y trabajo en los laterales de los glúteos.',
};

export default text;
