import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich mit beiden Händen am Schreibtisch davor.',
    'Neig dich leicht vor und halte den Rücken gerade.',
    'Schieb das rechte Bein gestreckt langsam ein kurzes Stück nach hinten und spann dieses Gesäß an.',
    'Stopp, bevor der untere Rücken ins Hohlkreuz geht, dann langsam zurückführen.',
    'Beende den Satz und wechsle das Bein.',
  ],
  feel: 'Im Gesäß des Beins, das nach hinten geht.',
  caution: 'Bewegung klein und langsam halten; ein großer Schwung führt nur ins Hohlkreuz.',
  why: 'Sie übt, das Bein aus der Hüfte nach hinten zu führen, was helfen kann, dass eher das Gesäß als der untere Rücken diese Arbeit macht.',
  alt: 'Eine Person hält sich am Schreibtisch und schiebt ein gestrecktes Bein nach hinten.',
  mistakes: ['Das Bein hoch schwingen und ins Hohlkreuz gehen.'],
  easier: 'Mach die Bewegung kleiner.',
  harder: 'Halte das Bein hinten zwei Sekunden.',
  breathing: 'Ausatmen, während das Bein nach hinten geht.',
  intensity: 'Ein kräftiges Anspannen im Gesäß, keine Belastung im unteren Rücken.',
};

export default text;
