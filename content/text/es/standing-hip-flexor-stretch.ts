import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Ponte de lado junto al escritorio y apoya una mano en él.',
    'Lleva el pie derecho bien atrás y levanta ese talón.',
    'Mete el coxis y aprieta el glúteo de atrás.',
    'Dobla un poco la rodilla de delante hasta que se estire la parte delantera de la cadera de atrás.',
    'Mantén y luego lleva atrás el otro pie.',
  ],
  feel: 'En la parte delantera de la cadera de la pierna de atrás.',
  caution: 'Mantén la espalda recta; echarse hacia atrás solo arquea la columna.',
  why: 'Los flexores de la cadera se quedan acortados al estar sentado; estirarlos puede aliviar la parte delantera de la cadera y la zona lumbar tras una sentada larga.',
  alt: 'Una persona en zancada larga, con una mano en un escritorio, estirando la parte delantera de la cadera de atrás.',
  mistakes: ['Arquear la espalda en lugar de meter el coxis.'],
  easier: 'Da un paso más corto hacia atrás.',
  harder: 'Sube el brazo del lado de la pierna de atrás y llévalo por encima de la cabeza.',
  breathing: 'Respira despacio y mete un poco más el coxis al soltar el aire.',
  intensity: 'Un estiramiento suave en la parte delantera de la cadera, nunca dolor en la espalda.',
};

export default text;
