import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Sitz aufrecht, beide Füße am Boden.',
    'Heb das rechte Knie und halte es mit beiden Händen.',
    'Zieh es quer über den Körper zur linken Schulter.',
    'Halte dort, wo sich das äußere Gesäß dehnt, dann das linke Knie.',
  ],
  feel: 'Tief außen im Gesäß des angehobenen Beins.',
  caution: 'Beweg dich langsam und verdreh dich nicht; einen Stuhl mit Rollen feststellen oder an den Schreibtisch stellen.',
  why: 'Die tiefen Hüftrotatoren zu lockern kann der Hüfte mehr Drehung erlauben, sodass sich der untere Rücken weniger mitdrehen muss.',
  alt: 'Eine Person auf einem Stuhl zieht ein Knie quer über den Körper zur anderen Schulter.',
  mistakes: ['Den Oberkörper verdrehen, statt das Knie zu bewegen.'],
  easier: 'Zieh das Knie nur ein kurzes Stück hinüber.',
  harder: 'Halte das Knie am Ende der Bewegung etwas länger.',
  breathing: 'Ausatmen, während das Knie hinübergeht.',
  intensity: 'Eine sanfte Dehnung außen im Gesäß, nie ein Zwicken in der Leiste.',
};

export default text;
