import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Steh auf und such dir einen Flur oder einen freien Weg.',
    'Geh in lockerem Tempo mit etwas längeren Schritten als sonst.',
    'Drück dich vom hinteren Fuß ab und spür, wie das Gesäß hinten arbeitet.',
    'Halte den Oberkörper aufrecht und lass die Arme mitschwingen.',
  ],
  feel: 'Im Gesäß des hinteren Beins beim Abdrücken.',
  caution: 'Verlängere den Schritt nur so weit, wie es angenehm bleibt; keine Ausfallschritte.',
  why: 'Ein langer Schritt bewegt die Hüfte weiter und lässt das Gesäß antreiben, was den unteren Rücken entlasten kann.',
  alt: 'Eine Person geht mit langem Schritt und schwingenden Armen.',
  mistakes: ['Zu weit ausgreifen, sodass die Ferse hart aufsetzt.'],
  easier: 'Geh mit deinem üblichen Schritt und bleib einfach in Bewegung.',
  harder: 'Geh eine Steigung oder eine Treppe hinauf.',
  breathing: 'Atme locker; du solltest dabei sprechen können.',
  intensity: 'Ein lockeres Gehen, etwas zügiger als sonst.',
};

export default text;
