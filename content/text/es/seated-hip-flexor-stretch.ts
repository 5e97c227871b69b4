import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate de lado en una silla estable, de modo que el muslo derecho quede fuera del borde.',
    'Lleva esa pierna hacia atrás, con la rodilla apuntando al suelo y las puntas del pie apoyadas.',
    'Estira la espalda hacia arriba y mete la pelvis con suavidad.',
    'Mantén, date la vuelta y haz el otro lado.',
  ],
  feel: 'En la parte delantera de la cadera y del muslo de la pierna que va hacia atrás.',
  caution: 'No lo hagas en una silla con ruedas ni en una giratoria; sujétate al respaldo para no perder el equilibrio.',
  why: 'Estira los flexores de la cadera, que al estar sentado se quedan acortados; muchas personas notan después más alivio en la parte delantera de la cadera y en la zona lumbar.',
  alt: 'Una persona sentada de lado en una silla con una pierna hacia atrás y la rodilla hacia el suelo.',
  mistakes: ['Echarse hacia atrás y arquear la zona lumbar.'],
  easier: 'No lleves tan atrás la rodilla de atrás.',
  harder: 'Mete un poco más la pelvis sin dejar de estirar la espalda.',
  breathing: 'Respira despacio y deja que la cadera baje en cada espiración.',
  intensity: 'Un estiramiento suave en la parte delantera de la cadera y del muslo.',
};

export default text;
