import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de pie junto al escritorio con la mano izquierda apoyada en él.',
    'Levanta la rodilla derecha y sujeta la espinilla con la mano libre.',
    'Sube la rodilla hacia el pecho y mantén el cuerpo erguido.',
    'Empuja el talón de apoyo contra el suelo y mantén; luego cambia.',
  ],
  feel: 'En el glúteo de la pierna levantada y en la parte delantera de la cadera de apoyo.',
  caution: 'Deja una mano en el escritorio todo el tiempo para no perder el equilibrio.',
  why: 'Dobla una cadera mientras la otra se estira: un cambio frente a la postura sentada que puede aliviar una zona lumbar rígida.',
  alt: 'Una persona de pie junto a un escritorio que sube una rodilla hacia el pecho.',
  mistakes: ['Soltar el escritorio.', 'Encorvarse hacia delante para llegar a la rodilla.'],
  easier: 'Sujeta por detrás del muslo y sube menos la rodilla.',
  harder: 'Ponte de puntillas sobre el pie de apoyo sin soltar el escritorio.',
  breathing: 'Respira con calma; estírate un poco más hacia arriba al tomar aire.',
  intensity: 'Un estiramiento suave en el glúteo, nunca dolor en la cadera.',
};

export default text;
