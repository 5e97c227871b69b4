import type { SafetyTranslation } from '../../safety-text';

/** Health text in German: as cautious as the English (glossary: docs/i18n/glossary.de.md). */
const text: SafetyTranslation = {
  disclaimer:
    'Glute Break vermittelt allgemeines Wissen über Bewegung, keine medizinische Beratung. Beweg dich behutsam und hör bei jeder Übung auf, die wehtut.',
  details: [
    'Die Übungen hier erkennen oder behandeln keine Erkrankung und ersetzen keine Untersuchung.',
    'Ein leichter, gleichmäßiger Zug beim Dehnen ist normal. Starker oder ungewohnter Schmerz nicht: hör auf und ruh dich aus.',
    'Wenn du schon Rückenschmerzen oder ein anderes gesundheitliches Problem hast, frag vor dem Start eine Physiotherapeutin, einen Physiotherapeuten oder deine Ärztin bzw. deinen Arzt.',
  ],
  redFlagsTitle: 'Wann du deinen Rücken abklären lassen solltest',
  beforeYouStart:
    'Wenn du eine Rückenverletzung oder eine Rückenerkrankung hattest, frag eine medizinische Fachperson, welche dieser Übungen zu dir passen.',
  redFlags: {
    'bladder-bowel': { sign: 'Du verlierst die Kontrolle über Blase oder Darm oder kannst kein Wasser lassen' },
    'saddle-numbness': { sign: 'Taubheitsgefühl im Genital- oder Analbereich (Reithosenbereich)' },
    'both-legs': { sign: 'Taubheit oder Schwäche in beiden Beinen' },
    'chest-pain': { sign: 'Schmerzen in der Brust' },
    'serious-accident': { sign: 'Rückenschmerzen nach einem schweren Unfall, etwa einem Autounfall oder einem schlimmen Sturz' },
    'cough-sneeze': { sign: 'Schmerzen, die beim Husten, Niesen oder Stuhlgang stärker werden' },
    fever: { sign: 'Rückenschmerzen mit Fieber oder Schüttelfrost' },
    'back-shape': { sign: 'Eine Beule, eine Schwellung oder eine veränderte Form des Rückens' },
    'between-shoulder-blades': { sign: 'Schmerzen weit oben zwischen den Schulterblättern' },
    'night-pain': { sign: 'Schmerzen, die nachts schlimmer sind' },
    'not-improving': { sign: 'Rückenschmerzen, die nach 2 bis 4 Wochen in Bewegung nicht besser geworden sind' },
    'weight-loss': { sign: 'Gewichtsverlust, den du dir nicht erklären kannst' },
    'cancer-history': { sign: 'Rückenschmerzen, wenn du schon einmal Krebs hattest' },
    'steroids-osteoporosis': {
      sign: 'Rückenschmerzen, wenn du dauerhaft Kortison (Steroide) nimmst oder Osteoporose hast (Knochen, die leichter brechen)',
    },
    'morning-stiffness': { sign: 'Morgensteifigkeit, die länger als 30 Minuten anhält und bei Bewegung nachlässt' },
  },
  tiers: {
    emergency: {
      title: 'Notfall: Notruf 112 wählen oder in die Notaufnahme gehen',
      advice: 'Warte nicht ab, ob es vorbeigeht, und mach keine Übungen.',
    },
    'same-day': {
      title: 'Noch am selben Tag ärztlich abklären: in der Hausarztpraxis oder beim ärztlichen Bereitschaftsdienst (116 117)',
      advice: 'Lass die Übungen, bis du untersucht worden bist.',
    },
    gp: {
      title: 'Einen Termin in der Hausarzt- oder Physiotherapiepraxis machen',
      advice: 'Sanfte Bewegung ist bis dahin meist in Ordnung; erwähne das Anzeichen beim Termin.',
    },
  },
  precautions: {
    'hip-replacement': {
      label: 'Ich habe ein künstliches Hüftgelenk',
      removes:
        'starkes Beugen der Hüfte über einen rechten Winkel, gekreuzte Beine, Dehnungen mit dem Knie quer über den Körper und Dehnungen, die das Bein nach hinten führen und nach außen drehen',
      note: 'Halte dich an die Vorgaben deiner Operateurin oder deines Operateurs; frag in den ersten 3 Monaten nach der Operation vor jeder neuen Übung nach.',
    },
    pregnancy: {
      label: 'Ich bin schwanger',
      removes: 'Liegen auf dem Rücken und tiefes Vorbeugen über den Bauch',
      note: 'Wenn du Schmerzen vorne oder hinten am Becken hast, sei vorsichtig mit einbeinigen Übungen, Schrittstellungen und breitem Stand.',
    },
    knees: {
      label: 'Meine Knie sind empfindlich oder schwach',
      removes: 'Knien, Kniebeugen und Dehnungen, die das Knie verdrehen',
      note: '',
    },
    balance: { label: 'Mein Gleichgewicht ist unsicher', removes: 'Stehen auf einem Bein und Seitschritte', note: '' },
    sciatica: {
      label: 'Ich habe gerade Schmerzen oder Kribbeln, die ins Bein ziehen (Ischias)',
      removes: 'Dehnungen, die am Nerv hinten im Bein ziehen; es bleiben sanfte Übungen',
      note: 'Schmerzen oder Kribbeln, die ins Bein ausstrahlen, solltest du in einer Physiotherapie- oder Arztpraxis zeigen.',
    },
    wheels: {
      label: 'Mein Stuhl hat Rollen oder ist drehbar',
      removes: 'Übungen, die einen Stuhl brauchen, der fest steht, etwa das Zurücksetzen auf den Sitz',
      note: 'Die meisten Bürostühle rollen. Du bekommst stattdessen Varianten im Stehen oder mit Halt am Schreibtisch.',
    },
  },
  screeningNote:
    'Freiwillig. Deine Antworten bleiben in diesem Browser und blenden nur Übungen aus; sie ersetzen keinen Rat deiner eigenen medizinischen Fachperson.',
  provenance: { adapted: 'Schreibtischversion von „$1“ · aus: $2', partOf: 'Ein Teil von „$1“, für sich geübt · aus: $2', from: 'Aus: $1' },
};

export default text;
