import type { SafetyTranslation } from '../../safety-text';

/** Health text in Spanish: as cautious as the English (glossary: docs/i18n/glossary.es.md). */
const text: SafetyTranslation = {
  disclaimer:
    'Glute Break ofrece educación general sobre ejercicio, no consejo médico. Muévete con suavidad y deja cualquier ejercicio que te duela.',
  details: [
    'Estos ejercicios no diagnostican ni tratan ninguna afección y no sustituyen una valoración profesional.',
    'Una tensión suave y uniforme al estirar es normal. Un dolor fuerte o extraño no lo es: para y descansa.',
    'Si ya tienes dolor de espalda u otro problema de salud, consulta a un profesional sanitario antes de empezar.',
  ],
  redFlagsTitle: 'Cuándo conviene que te revisen la espalda',
  beforeYouStart:
    'Si has tenido una lesión o una enfermedad de espalda, pregunta a un fisioterapeuta o a tu médico qué ejercicios de estos te convienen.',
  redFlags: {
    'bladder-bowel': { sign: 'Pierdes el control de la vejiga o del intestino, o no puedes orinar' },
    'saddle-numbness': { sign: 'Adormecimiento alrededor de los genitales o del ano' },
    'both-legs': { sign: 'Adormecimiento o debilidad en las dos piernas' },
    'chest-pain': { sign: 'Dolor en el pecho' },
    'serious-accident': { sign: 'Dolor de espalda tras un accidente grave, como un choque de coche o una mala caída' },
    'cough-sneeze': { sign: 'Dolor que empeora al toser, estornudar o hacer de vientre' },
    fever: { sign: 'Dolor de espalda con fiebre o escalofríos' },
    'back-shape': { sign: 'Un bulto, una hinchazón o un cambio en la forma de la espalda' },
    'between-shoulder-blades': { sign: 'Dolor en la parte alta, entre los omóplatos' },
    'night-pain': { sign: 'Dolor que empeora por la noche' },
    'not-improving': { sign: 'Dolor de espalda que no ha mejorado tras 2 a 4 semanas manteniéndote activo' },
    'weight-loss': { sign: 'Una pérdida de peso que no te explicas' },
    'cancer-history': { sign: 'Dolor de espalda si has tenido cáncer' },
    'steroids-osteoporosis': {
      sign: 'Dolor de espalda si tomas corticoides desde hace tiempo o tienes osteoporosis (huesos que se rompen con más facilidad)',
    },
    'morning-stiffness': { sign: 'Rigidez por la mañana que dura más de 30 minutos y mejora al moverte' },
  },
  tiers: {
    emergency: {
      title: 'Urgencia: llama al 112 o ve a urgencias',
      advice: 'No esperes a ver si se pasa y no hagas ejercicios.',
    },
    'same-day': {
      title: 'Consulta el mismo día: cita urgente con tu médico de cabecera o tu centro de salud',
      advice: 'Deja los ejercicios hasta que te hayan revisado.',
    },
    gp: {
      title: 'Pide cita con tu médico de cabecera o un fisioterapeuta',
      advice: 'Mientras tanto, moverte con suavidad suele estar bien; menciona el síntoma en la consulta.',
    },
  },
  precautions: {
    'hip-replacement': {
      label: 'Tengo una prótesis de cadera',
      removes:
        'doblar la cadera más de un ángulo recto, cruzar las piernas, llevar la rodilla hacia el lado contrario y estiramientos que llevan la pierna hacia atrás girada hacia fuera',
      note: 'Sigue las indicaciones de tu cirujano; en los 3 primeros meses tras la operación, pregunta antes de cualquier ejercicio nuevo.',
    },
    pregnancy: {
      label: 'Estoy embarazada',
      removes: 'tumbarse boca arriba e inclinarse mucho sobre el vientre',
      note: 'Si tienes dolor en la parte delantera o trasera de la pelvis, ve con cuidado con los ejercicios a una pierna, con un pie adelantado o con las piernas muy abiertas.',
    },
    knees: {
      label: 'Tengo las rodillas doloridas o débiles',
      removes: 'arrodillarse, sentadillas y estiramientos que giran la rodilla',
      note: '',
    },
    balance: { label: 'Tengo poco equilibrio', removes: 'apoyarse en una sola pierna y pasos laterales', note: '' },
    sciatica: {
      label: 'Ahora tengo dolor u hormigueo que baja por una pierna (ciática)',
      removes: 'estiramientos que tiran del nervio por detrás de la pierna; quedan opciones suaves',
      note: 'Conviene que un fisioterapeuta o un médico vea un dolor u hormigueo que se extiende por la pierna.',
    },
    wheels: {
      label: 'Mi silla tiene ruedas o es giratoria',
      removes: 'ejercicios que necesitan una silla que no se mueva, como volver a sentarse en el asiento',
      note: 'La mayoría de las sillas de oficina ruedan. Te proponemos versiones de pie o apoyado en el escritorio.',
    },
  },
  screeningNote:
    'Opcional. Tus respuestas se quedan en este navegador y solo ocultan ejercicios; no sustituyen el consejo de tu propio profesional sanitario.',
  provenance: {
    adapted: 'Versión para hacer en la mesa de «$1» · fuente: $2',
    partOf: 'Una parte de «$1», hecha por separado · fuente: $2',
    from: 'Fuente: $1',
  },
};

export default text;
