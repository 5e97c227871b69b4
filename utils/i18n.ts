import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/** Every UI message key: the keys of the English messages file, checked at compile time. */
export type MessageKey = keyof typeof english;

/** Keys that have plural forms: `popup_streak` for `popup_streak_one`, `popup_streak_other`… */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/**
 * All user-facing UI text goes through here. The browser picks the messages
 * of its UI language and falls back to English (`default_locale`) key by key,
 * so a missing translation shows English, never a blank. Substitutions are $1,
 * $2… in the message. Keys are literal: a key built at run time must come from
 * a literal map (`Record<Kind, MessageKey>`), so a typo or a deleted key fails
 * the type check.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  // WXT types getMessage with an overload per key; one signature is enough here.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, subs.map(String)) || key;
}

/**
 * `${base}_${category}` chosen by the locale's plural rules (one, few, many,
 * other…), falling back to `${base}_other`, so a language with more forms only
 * adds keys. The count is $1.
 */
export function tPlural(base: PluralBase, n: number, locale: string, ...more: (string | number)[]): string {
  const key = `${base}_${new Intl.PluralRules(locale).select(n)}` as MessageKey;
  const text = t(key, n, ...more);
  return text === key ? t(`${base}_other` as MessageKey, n, ...more) : text;
}

/** A count in a sentence: `tPlural` by the rules of the language the messages are in
 *  (not the browser's, which may differ when we have no messages for it). */
export function tCount(base: PluralBase, n: number, ...more: (string | number)[]): string {
  return tPlural(base, n, validTag(textLanguage()) ?? uiLocale(), ...more);
}

/** `tag` if Intl accepts it as a language tag (a test's pseudo-locale is not one). */
function validTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The UI language as a BCP 47 tag ("de", "es-419"), for Intl formatting and `<html lang>`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || navigator.language || 'en';
}

/** "a, b and c" in the UI language (Intl.ListFormat), never a hard-coded ", ". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
}

/** `<html lang dir>` from the browser's UI language, so screen readers speak the right language. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * The language of the exercise and safety text: the one the browser picked the
 * UI messages from (its `text_language` message), so text and UI always match.
 * Not getUILanguage(): headless Chromium's worker reports "en-US" there while
 * it serves the `--lang` messages.
 */
export const textLanguage = (): string => t('text_language');

/** The browser's UI language, for dates and numbers (Intl). */
export const uiLocale = (): string => browser.i18n.getUILanguage();
