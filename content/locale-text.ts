import english from './text/en/safety';
import { loadSafetyTranslation, textLocale } from './locale-files';
import { mergeSafetyText, type SafetyText } from './safety-text';

/**
 * The per-language text a page needs besides one exercise: the safety text.
 * Only the UI language's file loads (its own chunk), so a page's bytes do not
 * grow with the number of languages. Exercise names are UI messages
 * (utils/exercise-name.ts).
 */
export interface LocaleText {
  /** The text language actually used: "de" for "de-AT", "en" when there is no such folder. */
  locale: string;
  safety: SafetyText;
}

export const ENGLISH_TEXT: LocaleText = { locale: 'en', safety: english };

export async function loadLocaleText(tag: string): Promise<LocaleText> {
  const locale = textLocale(tag);
  if (locale === 'en') return ENGLISH_TEXT;
  return { locale, safety: mergeSafetyText(english, await loadSafetyTranslation(locale)) };
}
