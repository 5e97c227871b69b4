import english from './text/en/safety';
import { ENGLISH_NAMES, loadNames, loadSafetyTranslation, textLocale } from './locale-files';
import { mergeSafetyText, type SafetyText } from './safety-text';

export { textLocale };

/**
 * The per-language text a page needs besides one exercise: safety text and
 * exercise names. Only the UI language's files load (each its own chunk), so
 * a page's bytes do not grow with the number of languages.
 */
export interface LocaleText {
  /** The text language actually used: "de" for "de-AT", "en" when there is no such folder. */
  locale: string;
  safety: SafetyText;
  names: Readonly<Record<string, string>>;
}

export const ENGLISH_TEXT: LocaleText = { locale: 'en', safety: english, names: ENGLISH_NAMES };

export async function loadLocaleText(tag: string): Promise<LocaleText> {
  const locale = textLocale(tag);
  if (locale === 'en') return ENGLISH_TEXT;
  const [safety, names] = await Promise.all([loadSafetyTranslation(locale), loadNames(locale)]);
  return { locale, safety: mergeSafetyText(english, safety), names };
}
