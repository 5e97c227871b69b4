// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDuration } from '../../utils/format-time';
import { applyDocumentLanguage, formatList, t, tPlural } from '../../utils/i18n';
import { useMessages } from '../setup';

describe('t()', () => {
  it('only takes keys of the English messages file (checked by npm run typecheck)', () => {
    // @ts-expect-error: not a key of public/_locales/en/messages.json
    expect(t('popup_no_such_key')).toBe('popup_no_such_key');
    expect(t('popup_skip')).toBe('Skip');
  });

  it('falls back to English, key by key, where a language lacks a message (as browsers do)', () => {
    useMessages('de', { popup_skip: { message: 'Überspringen' } });
    expect([t('popup_skip'), t('popup_done')]).toEqual(['Überspringen', 'Done']);
  });
});

describe('plurals are chosen by the locale’s rules, one key per category', () => {
  it.each([
    ['en', 1, '1 break'],
    ['en', 2, '2 breaks'],
    ['de', 1, '1 Pause'],
    ['de', 0, '0 Pausen'],
    ['es', 1, '1 pausa'],
    ['es', 5, '5 pausas'],
  ])('%s, %i → %s', (locale, n, text) => {
    useMessages(locale);
    expect(tPlural('popup_today_breaks', n, locale)).toBe(text);
  });

  it('a locale with more categories than it has keys uses _other', () => {
    // Polish says "few" for 2–4; with only _one/_other the text still appears.
    expect(tPlural('popup_streak', 3, 'pl')).toBe('3-day streak');
  });
});

describe('formats come from the user’s locale, never from joined English words', () => {
  it.each([
    ['en-US', '1 hr 5 min', 65 * 60_000],
    ['de', '1 Std., 5 Min.', 65 * 60_000],
    ['es', '1 h 5 min', 65 * 60_000],
    ['de', '38 Min.', 38 * 60_000],
  ])('a duration in %s reads %s', (locale, text, ms) => {
    expect(formatDuration(ms, locale).replace(/\s/g, ' ')).toBe(text);
  });

  it.each([
    ['en-US', 'Reminder interval, Snooze length, and Sound'],
    ['de', 'Reminder interval, Snooze length und Sound'],
    ['es', 'Reminder interval, Snooze length y Sound'],
  ])('a list in %s reads %s', (lang, text) => {
    fakeBrowser.i18n.getUILanguage = () => lang;
    expect(formatList(['Reminder interval', 'Snooze length', 'Sound'])).toBe(text);
  });
});

describe('<html lang dir>', () => {
  it.each([
    ['de', 'ltr'],
    ['es-419', 'ltr'],
    ['ar', 'rtl'],
  ])('follows the browser UI language %s (dir %s)', (lang, dir) => {
    fakeBrowser.i18n.getUILanguage = () => lang;
    fakeBrowser.i18n.getMessage = ((key: string) => (key === '@@bidi_dir' ? dir : '')) as typeof fakeBrowser.i18n.getMessage;
    const doc = document.implementation.createHTMLDocument();
    applyDocumentLanguage(doc);
    expect([doc.documentElement.lang, doc.documentElement.dir]).toEqual([lang, dir]);
  });
});
