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
  redFlagsTitle: 'Wann du aufhören und Hilfe holen solltest',
  beforeYouStart:
    'Wenn du eine Rückenverletzung oder eine Rückenerkrankung hattest, frag eine medizinische Fachperson, welche dieser Übungen zu dir passen.',
  redFlags: {
    'saddle-numbness': {
      sign: 'Taubheit in der Leiste, im Genitalbereich oder an der Innenseite des Gesäßes',
      advice: 'Hol sofort notärztliche Hilfe; es kann bedeuten, dass Nerven am unteren Ende der Wirbelsäule abgedrückt werden.',
    },
    'bladder-bowel': {
      sign: 'Jede Veränderung bei der Kontrolle über Blase oder Darm',
      advice: 'Behandle das als Notfall und hol sofort medizinische Hilfe.',
    },
    'leg-weakness': {
      sign: 'Eine Schwäche im Bein, die zunimmt, oder Schwäche in beiden Beinen',
      advice: 'Hol sofort notärztliche Hilfe, statt abzuwarten, ob es vorbeigeht.',
    },
    'radiating-pain': {
      sign: 'Stechender Schmerz, der ins Bein oder in die Hüfte schießt',
      advice: 'Hör mit den Übungen auf und lass es abklären; es kann auf einen gereizten Nerv oder ein Bandscheibenproblem hindeuten.',
    },
    numbness: {
      sign: 'Taubheit oder Kribbeln in einem Bein oder Fuß',
      advice: 'Hör auf und geh zu einer Ärztin oder einem Arzt, denn ein Nerv kann beteiligt sein.',
    },
    fever: {
      sign: 'Rückenschmerzen zusammen mit Fieber oder allgemeinem Krankheitsgefühl',
      advice: 'Geh bald zu einer Ärztin oder einem Arzt; eine Entzündung muss ausgeschlossen werden.',
    },
    'after-fall': {
      sign: 'Schmerzen, die nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen haben',
      advice: 'Lass es abklären, bevor du die Stelle trainierst.',
    },
    'cancer-weight-loss': {
      sign: 'Neue Rückenschmerzen nach einer früheren Krebserkrankung oder Gewichtsverlust ohne Erklärung',
      advice: 'Geh bald zu einer Ärztin oder einem Arzt und erwähne diese Vorgeschichte.',
    },
    'night-pain': {
      sign: 'Schmerzen, die nachts schlimmer sind oder im ruhigen Liegen nicht nachlassen',
      advice: 'Mach einen Arzttermin, statt dagegen anzutrainieren.',
    },
    'lasting-pain': {
      sign: 'Rückenschmerzen, die nach ein paar Tagen Schonung noch da sind',
      advice: 'Mach einen Termin in einer Arzt- oder Physiotherapiepraxis, statt weiterzumachen.',
    },
    'lost-mobility': {
      sign: 'Mühe beim Bücken, Heben oder Gehen im Alltag',
      advice: 'Lass dich fachlich untersuchen, bevor du weitermachst.',
    },
  },
  precautions: {
    'hip-replacement': {
      label: 'Ich habe ein künstliches Hüftgelenk',
      removes: 'tiefe Hüftbeugen, gekreuzte Beine und Dehnungen mit dem Knie quer über den Körper',
    },
    pregnancy: { label: 'Ich bin schwanger', removes: 'Liegen auf dem Rücken und tiefe Vorbeugen' },
    knees: { label: 'Meine Knie sind empfindlich oder schwach', removes: 'Knien, Kniebeugen und Dehnungen, die das Knie verdrehen' },
    balance: { label: 'Mein Gleichgewicht ist unsicher', removes: 'Stehen auf einem Bein und Seitschritte' },
  },
  screeningNote:
    'Freiwillig. Deine Antworten bleiben in diesem Browser und blenden nur Übungen aus; sie ersetzen keinen Rat deiner eigenen medizinischen Fachperson.',
  provenance: { adapted: 'Schreibtischversion von „$1“ · aus: $2', from: 'Aus: $1' },
};

export default text;
