import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { tCount, type PluralBase } from '../../utils/i18n';
import { useMessages } from '../setup';

/**
 * Every count a user reads goes through the plural rules of the language it is
 * written in: "1 entry", "1 Eintrag", "1 entrada", never "1 entries". The table is
 * the wording for one and for two; 0 and 5 must read like two (en, de and es put
 * zero in the same form as many).
 */
const WORDING: Record<PluralBase, Record<'en' | 'de' | 'es', [one: string, two: string]>> = {
  popup_today_breaks: { en: ['1 break', '2 breaks'], de: ['1 Pause', '2 Pausen'], es: ['1 pausa', '2 pausas'] },
  popup_streak: {
    en: ['1-day streak', '2-day streak'],
    de: ['1 Tag in Folge', '2 Tage in Folge'],
    es: ['racha de 1 día', 'racha de 2 días'],
  },
  popup_ring_label: {
    en: ['1 second left', '2 seconds left'],
    de: ['Noch 1 Sekunde', 'Noch 2 Sekunden'],
    es: ['Queda 1 segundo', 'Quedan 2 segundos'],
  },
  popup_announce_left: {
    en: ['1 second left', '2 seconds left'],
    de: ['Noch 1 Sekunde', 'Noch 2 Sekunden'],
    es: ['Queda 1 segundo', 'Quedan 2 segundos'],
  },
  popup_interval_saved: {
    en: ['Reminders every minute from now on', 'Reminders every 2 minutes from now on'],
    de: ['Ab jetzt jede Minute eine Erinnerung', 'Ab jetzt alle 2 Minuten eine Erinnerung'],
    es: ['A partir de ahora, un aviso cada minuto', 'A partir de ahora, un aviso cada 2 minutos'],
  },
  common_dose_reps: {
    en: ['1 repetition', '2 repetitions'],
    de: ['1 Wiederholung', '2 Wiederholungen'],
    es: ['1 repetición', '2 repeticiones'],
  },
  common_dose_reps_side: {
    en: ['1 repetition on each side', '2 repetitions on each side'],
    de: ['1 Wiederholung pro Seite', '2 Wiederholungen pro Seite'],
    es: ['1 repetición en cada lado', '2 repeticiones en cada lado'],
  },
  common_dose_hold_rounds: {
    en: ['Hold for 7 s, once', 'Hold for 7 s, 2 times'],
    de: ['7 s halten, einmal', '7 s halten, 2-mal'],
    es: ['Mantén 7 s, una vez', 'Mantén 7 s, 2 veces'],
  },
  common_dose_hold_rounds_side: {
    en: ['Hold for 7 s on each side, once', 'Hold for 7 s on each side, 2 times'],
    de: ['7 s pro Seite halten, einmal', '7 s pro Seite halten, 2-mal'],
    es: ['Mantén 7 s en cada lado, una vez', 'Mantén 7 s en cada lado, 2 veces'],
  },
  popup_caption_reps: { en: ['rep', 'reps'], de: ['Wdh.', 'Wdh.'], es: ['rep.', 'rep.'] },
  common_minutes: { en: ['1 minute', '2 minutes'], de: ['1 Minute', '2 Minuten'], es: ['1 minuto', '2 minutos'] },
  bg_import_bad_history: {
    en: ['The history has 1 invalid entry; nothing was imported.', 'The history has 2 invalid entries; nothing was imported.'],
    de: [
      'Der Verlauf enthält 1 ungültigen Eintrag; es wurde nichts importiert.',
      'Der Verlauf enthält 2 ungültige Einträge; es wurde nichts importiert.',
    ],
    es: ['El historial tiene 1 entrada no válida; no se importó nada.', 'El historial tiene 2 entradas no válidas; no se importó nada.'],
  },
  options_chart_title: {
    en: ['Breaks over the last day', 'Breaks over the last 2 days'],
    de: ['Pausen des letzten Tages', 'Pausen der letzten 2 Tage'],
    es: ['Pausas del último día', 'Pausas de los últimos 2 días'],
  },
  options_chart_done: {
    en: ['1 break done', '2 breaks done'],
    de: ['1 Pause gemacht', '2 Pausen gemacht'],
    es: ['1 pausa hecha', '2 pausas hechas'],
  },
  options_chart_snoozed: {
    en: ['1 snooze', '2 snoozes'],
    de: ['1-mal verschoben', '2-mal verschoben'],
    es: ['1 pospuesta', '2 pospuestas'],
  },
  options_chart_skipped: { en: ['1 skipped', '2 skipped'], de: ['1 übersprungen', '2 übersprungen'], es: ['1 omitida', '2 omitidas'] },
  options_export_hint: {
    en: [
      'Your history holds 1 entry. The files are saved by your browser; nothing is uploaded.',
      'Your history holds 2 entries. The files are saved by your browser; nothing is uploaded.',
    ],
    de: [
      'Dein Verlauf enthält 1 Eintrag. Die Dateien speichert dein Browser; nichts wird hochgeladen.',
      'Dein Verlauf enthält 2 Einträge. Die Dateien speichert dein Browser; nichts wird hochgeladen.',
    ],
    es: [
      'Tu historial tiene 1 entrada. Los archivos los guarda tu navegador; no se sube nada.',
      'Tu historial tiene 2 entradas. Los archivos los guarda tu navegador; no se sube nada.',
    ],
  },
  options_import_historyAdded: {
    en: ['add 1 entry to your history (7 in total afterwards)', 'add 2 entries to your history (7 in total afterwards)'],
    de: ['1 Eintrag zu deinem Verlauf hinzufügen (danach 7 insgesamt)', '2 Einträge zu deinem Verlauf hinzufügen (danach 7 insgesamt)'],
    es: ['añadirá 1 entrada a tu historial (7 en total después)', 'añadirá 2 entradas a tu historial (7 en total después)'],
  },
  bg_notif_snooze_left: {
    en: ['Snooze 7 min · 1 left', 'Snooze 7 min · 2 left'],
    de: ['In 7 Min. erinnern · noch 1', 'In 7 Min. erinnern · noch 2'],
    es: ['Posponer 7 min · queda 1', 'Posponer 7 min · quedan 2'],
  },
  popup_snooze_left: {
    en: ['Snooze · 1 left', 'Snooze · 2 left'],
    de: ['Später · noch 1', 'Später · noch 2'],
    es: ['Posponer · queda 1', 'Posponer · quedan 2'],
  },
  popup_postpone_left: {
    en: ['Postpone · 1 left', 'Postpone · 2 left'],
    de: ['Verschieben · noch 1', 'Verschieben · noch 2'],
    es: ['Aplazar · queda 1', 'Aplazar · quedan 2'],
  },
};

const LANGS = ['en', 'de', 'es'] as const;
const cases = (Object.keys(WORDING) as PluralBase[]).flatMap((base) =>
  LANGS.flatMap((lang) => [0, 1, 2, 5].map((n) => ({ base, lang, n }))),
);
/** The second substitution: the total in the import preview, the seconds of each hold in a dose. */
const render = (base: PluralBase, n: number) => tCount(base, n, 7);

describe('counts read with the right plural form', () => {
  it('covers every plural message in the English messages', () => {
    const bases = Object.keys(english)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.replace(/_other$/, ''));
    expect(Object.keys(WORDING).sort()).toEqual(bases.sort());
  });

  it.each(cases)('$base in $lang with $n', ({ base, lang, n }) => {
    useMessages(lang);
    const [one, two] = WORDING[base][lang];
    expect(render(base, n)).toBe(n === 1 ? one : two.replace('2', String(n)));
  });
});
