import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de la cadera.',
    'Tensa un poco el abdomen y suelta el aire.',
    'Aprieta los glúteos y despega la cadera del suelo.',
    'Para antes de que la espalda se arquee y mantén unos tres segundos.',
    'Baja despacio y repite.',
  ],
  feel: 'En los glúteos, con algo de trabajo en la parte de atrás de los muslos.',
  caution: 'Sube solo hasta formar una línea recta de los hombros a las rodillas, no más.',
  why: 'Unos glúteos fuertes ayudan a sostener la cadera, y entrenarlos puede dejar menos trabajo a la zona lumbar.',
  alt: 'Una persona con los hombros en el suelo, las rodillas dobladas y la cadera elevada en puente.',
  mistakes: ['Subir tanto la cadera que se arquea la zona lumbar.', 'Dejar que las rodillas se abran o se cierren.'],
  easier: 'Sube solo hasta la mitad y mantén menos tiempo.',
  harder: 'Mantén cinco segundos arriba o junta un poco más los pies.',
  breathing: 'Suelta el aire al subir y tómalo al bajar.',
  intensity: 'Trabajo firme en los glúteos; para si se te acalambra la zona lumbar o los isquiotibiales.',
};

export default text;
