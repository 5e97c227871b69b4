import type { SafetyTranslation } from '../../safety-text';

/** Health text in Spanish: as cautious as the English (glossary: docs/i18n/glossary.es.md). */
const text: SafetyTranslation = {
  disclaimer:
    'Glute Break ofrece educación general sobre ejercicio, no consejo médico. Muévete con suavidad y deja cualquier ejercicio que te duela.',
  details: [
    'Estos ejercicios no diagnostican ni tratan ninguna afección y no sustituyen una valoración profesional.',
    'Un tirón suave y uniforme al estirar es normal. Un dolor fuerte o extraño no lo es: para y descansa.',
    'Si ya tienes dolor de espalda u otro problema de salud, consulta a un profesional sanitario antes de empezar.',
  ],
  redFlagsTitle: 'Cuándo parar y pedir ayuda',
  beforeYouStart:
    'Si has tenido una lesión o una afección de espalda, pregunta a un profesional sanitario qué ejercicios de estos te convienen.',
  redFlags: {
    'saddle-numbness': {
      sign: 'Adormecimiento en la ingle, los genitales o la parte interna de los glúteos',
      advice: 'Busca atención de urgencia enseguida; puede indicar que los nervios de la base de la columna están comprimidos.',
    },
    'bladder-bowel': {
      sign: 'Cualquier cambio en el control de la vejiga o del intestino',
      advice: 'Tómalo como una urgencia y busca ayuda médica enseguida.',
    },
    'leg-weakness': {
      sign: 'Debilidad en una pierna que va a más, o debilidad en las dos piernas',
      advice: 'Busca atención de urgencia enseguida en lugar de esperar a ver si se pasa.',
    },
    'radiating-pain': {
      sign: 'Dolor agudo que baja por una pierna o llega a la cadera',
      advice: 'Deja los ejercicios y consúltalo; puede deberse a un nervio irritado o a un problema de disco.',
    },
    numbness: {
      sign: 'Adormecimiento u hormigueo en una pierna o un pie',
      advice: 'Para y consulta a un médico, porque puede haber un nervio afectado.',
    },
    fever: {
      sign: 'Dolor de espalda junto con fiebre o malestar general',
      advice: 'Consulta pronto a un médico; hay que descartar una infección.',
    },
    'after-fall': {
      sign: 'Dolor que empezó tras una caída, un accidente u otra lesión',
      advice: 'Haz que lo revisen antes de ejercitar esa zona.',
    },
    'cancer-weight-loss': {
      sign: 'Dolor de espalda nuevo con antecedentes de cáncer, o una pérdida de peso sin explicación',
      advice: 'Consulta pronto a un médico y menciona estos antecedentes.',
    },
    'night-pain': {
      sign: 'Dolor que empeora de noche o no se calma al estar quieto en la cama',
      advice: 'Pide cita médica en lugar de seguir con los ejercicios.',
    },
    'lasting-pain': {
      sign: 'Dolor de espalda que sigue ahí tras unos días de reposo',
      advice: 'Pide cita con un médico o fisioterapeuta en lugar de forzar.',
    },
    'lost-mobility': {
      sign: 'Dificultad para agacharte, levantar peso o caminar en el día a día',
      advice: 'Pide una valoración profesional antes de continuar.',
    },
  },
  precautions: {
    'hip-replacement': {
      label: 'Tengo una prótesis de cadera',
      removes: 'flexiones profundas de cadera, piernas cruzadas y estiramientos con la rodilla cruzada',
    },
    pregnancy: { label: 'Estoy embarazada', removes: 'tumbarse boca arriba y flexiones profundas hacia delante' },
    knees: { label: 'Tengo las rodillas doloridas o débiles', removes: 'arrodillarse, sentadillas y estiramientos que giran la rodilla' },
    balance: { label: 'Tengo poco equilibrio', removes: 'apoyarse en una sola pierna y pasos laterales' },
  },
  screeningNote:
    'Opcional. Tus respuestas se quedan en este navegador y solo ocultan ejercicios; no sustituyen el consejo de tu propio profesional sanitario.',
  provenance: { adapted: 'Versión de escritorio de «$1» · fuente: $2', from: 'Fuente: $1' },
};

export default text;
