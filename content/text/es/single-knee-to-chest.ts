import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Túmbate boca arriba con las dos piernas estiradas.',
    'Dobla la rodilla derecha y sujeta la espinilla o la parte de atrás del muslo.',
    'Acerca esa rodilla al pecho con la otra pierna estirada en el suelo.',
    'Respira con calma mientras mantienes y luego cambia de pierna.',
  ],
  feel: 'En la parte delantera de la cadera de la pierna estirada y en la zona lumbar.',
  caution: 'Se busca un estiramiento suave; afloja ante cualquier sensación aguda.',
  why: 'Doblar una cadera mientras la otra se queda estirada puede aliviar la zona lumbar y estirar los flexores de la cadera que al estar sentado se quedan acortados.',
  alt: 'Una persona tumbada boca arriba con una rodilla abrazada al pecho y la otra pierna estirada.',
  mistakes: ['Dejar que la pierna estirada se despegue del suelo.', 'Levantar la cabeza para tirar más fuerte.'],
  easier: 'Deja la otra rodilla doblada con ese pie apoyado en el suelo.',
  harder: 'Empuja con suavidad la parte de atrás de la rodilla estirada contra el suelo mientras mantienes.',
  breathing: 'Respira hacia el vientre y relájate un poco más cada vez que sueltas el aire.',
  intensity: 'Un estiramiento suave, nunca dolor agudo.',
};

export default text;
