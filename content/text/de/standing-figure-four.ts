import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Stell dich seitlich an einen stabilen Schreibtisch und halte dich mit einer Hand an der Kante.',
    'Heb den rechten Knöchel und leg ihn über das linke Knie.',
    'Schieb die Hüfte etwas nach hinten, als wolltest du dich setzen.',
    'Brust bleibt oben, Bauch fest.',
    'Halten, dann aufrichten, umdrehen und das andere Bein kreuzen.',
  ],
  feel: 'Im Gesäß des gekreuzten Beins.',
  caution: 'Eine Hand bleibt am Schreibtisch, und geh nur wenig in die Knie; tiefes Absinken belastet das Standknie.',
  why: 'Sie dehnt die Hüftrotatoren, während das Standbein arbeitet; eine freiere Hüfte kann den unteren Rücken entlasten.',
  alt: 'Eine Person hält sich am Schreibtisch, steht auf einem Bein, den anderen Knöchel über dem Knie, Hüfte nach hinten.',
  mistakes: ['Den Schreibtisch loslassen.', 'Auf dem Standknie zu tief absinken.'],
  easier: 'Mach stattdessen die Figur-4-Dehnung im Sitzen.',
  harder: 'Schieb die Hüfte mit aufgerichteter Brust etwas weiter nach hinten.',
  breathing: 'Atme gleichmäßig; halte für das Gleichgewicht nicht die Luft an.',
  intensity: 'Eine leichte Dehnung im gekreuzten Gesäß, keine Belastung im Standknie.',
};

export default text;
