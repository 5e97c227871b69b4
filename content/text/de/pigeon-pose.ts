import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Beginne im Vierfüßlerstand auf einer Matte oder einem Teppich.',
    'Bring das rechte Knie nach vorn in die Nähe des rechten Handgelenks, das Schienbein schräg am Boden.',
    'Schieb das linke Bein gerade nach hinten, der Fußrücken liegt auf.',
    'Richte die Hüfte nach vorn aus und mach die Wirbelsäule lang.',
    'Halten, zurück in den Vierfüßlerstand, dann mit dem linken Knie vorn wiederholen.',
  ],
  feel: 'Im Gesäß des vorderen Beins und vorn an der Hüfte des hinteren Beins.',
  caution: 'Stütz dich mit den Händen ab; lass es weg, wenn das vordere Knie schmerzt oder sich verdreht.',
  why: 'Sie dehnt die Hüfte in zwei Richtungen zugleich und kann Verspannungen lindern, die viele rund um Hüfte und unteren Rücken spüren.',
  alt: 'Eine Person mit einem vor sich gefalteten Schienbein und dem anderen Bein gestreckt nach hinten.',
  mistakes: ['Die Hüfte zur Seite des vorderen Beins kippen lassen.', 'Das vordere Schienbein flach zwingen, obwohl das Knie protestiert.'],
  easier: 'Zieh den vorderen Fuß näher zur Leiste und leg ein Kissen unter diese Hüfte.',
  harder: 'Wandere mit den Händen nach vorn und senk die Brust Richtung Boden.',
  breathing: 'Lange, ruhige Atemzüge; sink nur beim Ausatmen etwas tiefer.',
  intensity: 'Eine kräftige, aber angenehme Dehnung im Gesäß, nie im Knie.',
};

export default text;
