import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Sitz aufrecht, beide Füße flach am Boden.',
    'Spann beide Gesäßhälften an, sodass du dich im Sitz etwas hebst.',
    'Halte die Spannung langsam bis vier.',
    'Lass ganz locker, dann wiederholen.',
  ],
  feel: 'In beiden Gesäßhälften; du hebst dich leicht vom Stuhl.',
  caution: 'Lass Schultern und Kiefer locker; hier ist auch ein Stuhl mit Rollen in Ordnung.',
  why: 'Ein Gesäß, das stundenlang ruht, kann träge werden; es zu wecken kann dem unteren Rücken etwas Arbeit abnehmen.',
  alt: 'Eine Person sitzt aufrecht auf einem Stuhl; Pfeile zeigen das Anspannen des Gesäßes.',
  mistakes: ['Schultern und Kiefer mit dem Gesäß zusammen anspannen.'],
  easier: 'Spann immer nur eine Seite an.',
  harder: 'Halte jedes Anspannen langsam bis acht.',
  breathing: 'Atme normal; halte nicht die Luft an.',
  intensity: 'Ein kräftiges Anspannen, etwa sieben von zehn.',
};

export default text;
