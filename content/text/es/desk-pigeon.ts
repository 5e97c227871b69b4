import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de frente a un escritorio firme que no pase de la altura de tu cadera.',
    'Apoya las manos en el escritorio, levanta la pierna derecha y coloca encima el lado externo de la espinilla.',
    'Mantén recta la pierna de apoyo, las manos en el escritorio y la cadera mirando hacia él.',
    'Inclina el pecho sobre la espinilla con la espalda recta.',
    'Mantén, baja la pierna y luego cambia de pierna.',
  ],
  feel: 'En lo hondo del glúteo y la parte externa de la cadera de la pierna apoyada en el escritorio.',
  caution: 'Sáltatelo si el escritorio es tan alto que no llegas sin saltar o girarte, o si la rodilla protesta.',
  why: 'Un estiramiento como la paloma pero sin suelo puede aflojar los rotadores profundos tensos, algo que muchas personas notan en la zona lumbar.',
  alt: 'Una persona de pie ante un escritorio con una pierna doblada apoyada encima, inclinada sobre ella.',
  mistakes: ['Quitar las manos del escritorio.', 'Dar un salto para subir la pierna.'],
  easier: 'Haz en su lugar la figura cuatro sentado.',
  harder: 'Inclínate un poco más hacia delante con la espalda recta.',
  breathing: 'Respira despacio e inclínate un poco más en cada espiración.',
  intensity: 'Un estiramiento firme en el glúteo, nunca dolor en la rodilla.',
};

export default text;
