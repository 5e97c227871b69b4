import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Beginne im Vierfüßlerstand mit geradem Rücken.',
    'Lass ein Knie im rechten Winkel gebeugt.',
    'Drück diesen Fuß mit der Sohle voran Richtung Decke.',
    'Stopp, wenn der Oberschenkel auf Höhe des Körpers ist, dann absenken.',
    'Beende den Satz und wechsle das Bein.',
  ],
  feel: 'Im Gesäß des angehobenen Beins.',
  caution: 'Lass die Hüfte arbeiten; wenn der untere Rücken durchhängt, heb weniger hoch.',
  why: 'Sie trainiert die Hüfte, sich allein zu strecken, was helfen kann, dass eher das Gesäß als der untere Rücken diese Arbeit übernimmt.',
  alt: 'Eine Person im Vierfüßlerstand drückt ein gebeugtes Bein nach hinten oben.',
  mistakes: ['Ins Hohlkreuz gehen, um den Fuß höher zu heben.'],
  easier: 'Heb das Knie nur ein kleines Stück.',
  harder: 'Halte zwei Sekunden mit waagerechtem Oberschenkel.',
  breathing: 'Ausatmen, während der Fuß nach oben drückt.',
  intensity: 'Ein kräftiges Anspannen im Gesäß; keine Belastung im unteren Rücken.',
};

export default text;
