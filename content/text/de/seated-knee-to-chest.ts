import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Sitz aufrecht, beide Füße am Boden.',
    'Heb das rechte Knie und umfass das Schienbein mit den Händen.',
    'Zieh es zur Brust, während du aufrecht bleibst.',
    'Halten, langsam atmen, dann die Beine wechseln.',
  ],
  feel: 'Im Gesäß des angehobenen Beins und im unteren Rücken auf dieser Seite.',
  caution: 'Der andere Fuß bleibt fest am Boden; einen Stuhl mit Rollen feststellen oder an den Schreibtisch stellen.',
  why: 'Eine Hüfte nach der anderen zu beugen dehnt sanft die Rückseite der Hüfte und kann einen steifen unteren Rücken lockern.',
  alt: 'Eine Person sitzt aufrecht auf einem Stuhl und umarmt ein Knie an die Brust.',
  mistakes: ['Mit der Brust zum Knie zusammensacken.'],
  easier: 'Greif hinter den Oberschenkel statt ans Schienbein.',
  harder: 'Sitz aufrechter und zieh das Knie etwas näher.',
  breathing: 'Atme beim Halten langsam in den Bauch.',
  intensity: 'Ein sanfter Zug, nie Schmerz in der Hüfte.',
};

export default text;
