import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de lado junto a un escritorio firme y sujeta el borde con una mano.',
    'Levanta el tobillo derecho y apóyalo sobre la rodilla izquierda.',
    'Lleva la cadera un poco hacia atrás, como si empezaras a sentarte.',
    'Mantén el pecho arriba y el abdomen firme.',
    'Mantén, vuelve a estirarte, date la vuelta y cruza la otra pierna.',
  ],
  feel: 'En el glúteo de la pierna cruzada.',
  caution: 'Deja una mano en el escritorio y no bajes mucho; bajar demasiado sobrecarga la rodilla de apoyo.',
  why: 'Estira los rotadores de la cadera mientras la pierna de apoyo trabaja; una cadera más libre puede dejar menos trabajo a la zona lumbar.',
  alt: 'Una persona agarrada a un escritorio, sobre una pierna, con el otro tobillo sobre la rodilla y la cadera hacia atrás.',
  mistakes: ['Soltar el escritorio.', 'Bajar demasiado sobre la rodilla de apoyo.'],
  easier: 'Haz en su lugar la figura cuatro sentado.',
  harder: 'Lleva la cadera un poco más atrás con el pecho arriba.',
  breathing: 'Respira con calma; no aguantes la respiración para mantener el equilibrio.',
  intensity: 'Un estiramiento leve en el glúteo cruzado, sin tensión en la rodilla de apoyo.',
};

export default text;
