// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../content/safety';
import safety from '../../content/text/en/safety';
import { EXERCISES } from '../../content/exercises';
import { flattenText } from '../../core/i18n/text-tree';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { t } from '../../utils/i18n';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import es from '../../public/_locales/es/messages.json';
import { freshTracker } from '../../core/engine/tracker-state';
import { MIN, mountPopup, SIDE_HOLD, REPS } from './popup-fixtures';
import { useMessages } from '../setup';
import { pseudoMessages } from '../../scripts/pseudo-locale';

type Messages = Record<string, { message: string }>;
const ENGLISH = en as Messages;

/**
 * Text that is data, not UI messages: the catalogue and the safety text, still
 * English in every language until they move to per-locale text (they then get
 * their own completeness check through flattenText + translationGaps).
 */
const DATA_TEXT = [
  ...Object.values(flattenText(safety)),
  ...Object.values(flattenText(SOURCES)),
  ...[...EXERCISES, SIDE_HOLD, REPS].flatMap((ex) => Object.values(flattenText(ex))),
]
  .filter((s) => s.length > 3)
  .sort((a, b) => b.length - a.length);

/** Everything a user can read or hear: text, labels, titles, placeholders. */
function readableText(): string {
  // Text node by text node: textContent would glue "Reminders" to the next paragraph.
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(attr) ?? '');
  }
  let text = parts.join('\n');
  for (const data of DATA_TEXT) text = text.split(data).join('\n');
  return text;
}

async function renderBoth(lang: string): Promise<string> {
  await mountPopup({}, false, lang);
  const popup = readableText();
  cleanup();
  // A break done a minute ago and reminders paused: the options page's own
  // reads (history, tracker) then change what it shows, so the wait below
  // knows they have answered before the text is read.
  const now = Date.now();
  await fakeBrowser.storage.local.set({
    history: { version: 1, entries: [{ start: now - 51 * MIN, end: now - MIN, screenMs: 50 * MIN, outcome: 'taken', snoozes: 0 }] },
    tracker: { ...freshTracker(now - MIN), pausedUntil: 'indefinitely' },
  });
  render(<OptionsApp search="?welcome=1" />);
  await screen.findByRole('heading', { level: 2, name: t('options_reminders_title') });
  await waitFor(() => {
    expect(within(screen.getByTestId('stat-today')).getByRole('definition').textContent).toBe('1');
    expect(screen.getByTestId('pause-state').textContent).toBe(t('options_pause_indefinitely'));
  });
  return `${popup}\n${readableText()}`;
}

const PSEUDO = pseudoMessages(ENGLISH);

/** Words Intl writes from locale data (weekdays, units), not our strings. */
const INTL_WORDS = new Set(
  [
    ...[0, 1, 2, 3, 4, 5, 6].flatMap((d) =>
      (['long', 'short'] as const).map((weekday) => new Intl.DateTimeFormat('en', { weekday }).format(new Date(2026, 0, 4 + d))),
    ),
    ...Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'short' }).format(new Date(2026, m, 1))),
    'min',
    'hr',
    'AM',
    'PM',
    // The keyboard shortcut, as the browser reports it.
    'Alt',
    'Shift',
  ].map((w) => w.toLowerCase()),
);

afterEach(cleanup);

/** Words left once every pseudo-translated segment is peeled off. */
async function untranslatedWords(messages: Messages): Promise<string[]> {
  useMessages('en-XA', messages);
  let text = await renderBoth('en-XA');
  // Peel translated segments from the inside out (substitutions nest).
  while (/⟦[^⟦⟧]*⟧/.test(text)) text = text.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !INTL_WORDS.has(w.toLowerCase()));
}

describe('pseudo-locale (accented, 40 % longer)', () => {
  it('every text in the popup and the options page comes from a message', async () => {
    expect(await untranslatedWords(PSEUDO)).toEqual([]);
  });

  it('would catch text that does not go through t()', async () => {
    const { popup_skip: _dropped, ...incomplete } = PSEUDO;
    expect(await untranslatedWords(incomplete)).toEqual(['Skip']);
  });
});

describe.each([
  ['de', de as Messages],
  ['es', es as Messages],
])('rendered in %s', (lang, messages) => {
  const ownWords = Object.values(messages)
    .map((m) => m.message)
    .join('\n')
    .toLowerCase();
  /** English message fragments (between $n) that the locale itself never says. */
  const english = Object.values(ENGLISH)
    .flatMap((m) => m.message.split(/\$\d/))
    .map((f) => f.trim())
    .filter((f) => /[A-Za-z]{3,}/.test(f) && !ownWords.includes(f.toLowerCase()));

  const leftoverEnglish = (text: string) =>
    english.filter((f) => new RegExp(`(^|\\W)${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`).test(text));

  it('shows no English UI text in the popup or the options page', async () => {
    useMessages(lang);
    const text = await renderBoth(lang);
    expect(text).toContain(messages.options_reminders_title!.message);
    expect(leftoverEnglish(text)).toEqual([]);
  });

  it('would catch a message the translation lacks (it falls back to English)', async () => {
    const { options_reminders_intro: _dropped, ...incomplete } = messages;
    useMessages(lang, incomplete);
    expect(leftoverEnglish(await renderBoth(lang))).toEqual([ENGLISH.options_reminders_intro!.message]);
  });
});
