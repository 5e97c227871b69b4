import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Setz dich seitlich auf einen stabilen Stuhl, sodass der rechte Oberschenkel über die Kante hängt.',
    'Schieb dieses Bein nach hinten, das Knie zeigt zum Boden, die Zehen stehen auf.',
    'Sitz aufrecht und kipp das Becken sanft nach hinten unten.',
    'Halten, dann umdrehen und die andere Seite.',
  ],
  feel: 'Vorn an Hüfte und Oberschenkel des nach hinten gestreckten Beins.',
  caution: 'Nicht auf einem Stuhl mit Rollen oder einem Drehstuhl; halte dich für das Gleichgewicht an der Lehne.',
  why: 'Sie dehnt die Hüftbeuger, die im Sitzen verkürzt bleiben; viele spüren danach die Hüftvorderseite und den unteren Rücken entspannter.',
  alt: 'Eine Person sitzt seitlich auf einem Stuhl, ein Bein nach hinten, das Knie Richtung Boden.',
  mistakes: ['Nach hinten lehnen und ins Hohlkreuz gehen.'],
  easier: 'Stell das hintere Knie weniger weit nach hinten.',
  harder: 'Kipp das Becken etwas mehr, während du aufrecht sitzt.',
  breathing: 'Atme langsam und lass die Hüfte bei jedem Ausatmen etwas sinken.',
  intensity: 'Eine sanfte Dehnung vorn an Hüfte und Oberschenkel.',
};

export default text;
