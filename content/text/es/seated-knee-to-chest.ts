import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda recta y los dos pies en el suelo.',
    'Levanta la rodilla derecha y rodea la espinilla con las manos.',
    'Abrázala hacia el pecho manteniendo la espalda recta.',
    'Mantén mientras respiras despacio y luego cambia de pierna.',
  ],
  feel: 'En el glúteo de la pierna levantada y en la zona lumbar de ese lado.',
  caution: 'Deja el otro pie bien apoyado; en una silla con ruedas, bloquéalas o apóyala contra el escritorio.',
  why: 'Doblar una cadera cada vez estira con suavidad la parte trasera de la cadera y puede aliviar una zona lumbar rígida.',
  alt: 'Una persona sentada con la espalda recta en una silla, abrazando una rodilla contra el pecho.',
  mistakes: ['Hundir el pecho para llegar a la rodilla.'],
  easier: 'Sujeta por detrás del muslo en lugar de la espinilla.',
  harder: 'Estira más la espalda y acerca un poco más la rodilla.',
  breathing: 'Respira despacio hacia el vientre mientras mantienes.',
  intensity: 'Una tensión suave, nunca dolor en la cadera.',
};

export default text;
