import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich vorn auf einen stabilen Stuhl, Füße flach und hüftbreit.',
    'Verschränk die Arme vor der Brust.',
    'Lehn dich vor und steh auf, indem du dich über die Fersen hochdrückst.',
    'Spann oben das Gesäß zwei Sekunden an.',
    'Setz dich langsam und kontrolliert wieder hin.',
  ],
  feel: 'Im Gesäß und vorn an den Oberschenkeln.',
  caution: 'Nicht auf einem Stuhl mit Rollen oder einem Drehstuhl; nimm die Hände zu Hilfe, wenn du sie brauchst.',
  why: 'Aufstehen vom Stuhl ist Arbeit für das Gesäß; es mit angespanntem Gesäß zu üben, kann dem unteren Rücken Mühe ersparen.',
  alt: 'Eine Person steht mit vor der Brust verschränkten Armen von einem Stuhl auf.',
  mistakes: ['Die Knie beim Aufstehen nach innen fallen lassen.', 'Sich zurück auf den Sitz fallen lassen.'],
  easier: 'Drück dich mit den Händen auf den Oberschenkeln hoch.',
  harder: 'Setz dich langsam bis vier zählend ab.',
  breathing: 'Ausatmen beim Aufstehen, einatmen beim Hinsetzen.',
  intensity: 'Gleichmäßige Anstrengung in Gesäß und Oberschenkeln, nie Schmerz in den Knien.',
};

export default text;
