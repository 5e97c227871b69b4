import english from './text/en/safety';
import { mergeSafetyText, type SafetyText, type SafetyTranslation } from './safety-text';

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

const safetyFiles = import.meta.glob<SafetyTranslation>(['./text/*/safety.ts', '!./text/en/safety.ts'], { import: 'default' });

/** The folder under content/text/ for a BCP 47 tag ("es-419" → "es"), or "en". */
export function textLocale(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return `./text/${base}/safety.ts` in safetyFiles ? base : 'en';
}

export const ENGLISH_TEXT: LocaleText = { locale: 'en', safety: english };

export async function loadLocaleText(tag: string): Promise<LocaleText> {
  const locale = textLocale(tag);
  if (locale === 'en') return ENGLISH_TEXT;
  const safety = await safetyFiles[`./text/${locale}/safety.ts`]?.();
  return { locale, safety: mergeSafetyText(english, safety) };
}
