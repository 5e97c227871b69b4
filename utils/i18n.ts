import { browser } from 'wxt/browser';

/**
 * All user-facing UI text goes through here, so a second language is only a
 * new public/_locales/<lang>/messages.json. Substitutions are $1, $2… in the
 * message (Chrome's placeholders syntax also works).
 */
export function t(key: string, ...subs: (string | number)[]): string {
  // WXT types getMessage with the keys known at build time; keys here are dynamic.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const text = getMessage(key, subs.map(String));
  // An unknown key returns "" — show the key so the gap is visible, not blank.
  return text || key;
}

/** The browser's UI language, for dates and numbers (Intl). */
export const uiLocale = (): string => browser.i18n.getUILanguage();
