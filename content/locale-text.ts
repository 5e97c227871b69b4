import english from './text/en/safety';
import englishNames from './text/en/names';
import type { NameTranslation } from './exercise';
import { mergeSafetyText, type SafetyText, type SafetyTranslation } from './safety-text';

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

const safetyFiles = import.meta.glob<SafetyTranslation>(['./text/*/safety.ts', '!./text/en/safety.ts'], { import: 'default' });
const nameFiles = import.meta.glob<NameTranslation>(['./text/*/names.ts', '!./text/en/names.ts'], { import: 'default' });

/** The folder under content/text/ for a BCP 47 tag ("es-419" → "es"), or "en". */
export function textLocale(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return `./text/${base}/safety.ts` in safetyFiles || `./text/${base}/names.ts` in nameFiles ? base : 'en';
}

export const ENGLISH_TEXT: LocaleText = { locale: 'en', safety: english, names: englishNames };

export async function loadLocaleText(tag: string): Promise<LocaleText> {
  const locale = textLocale(tag);
  if (locale === 'en') return ENGLISH_TEXT;
  const [safety, names] = await Promise.all([safetyFiles[`./text/${locale}/safety.ts`]?.(), nameFiles[`./text/${locale}/names.ts`]?.()]);
  const merged: Record<string, string> = { ...englishNames };
  for (const [id, name] of Object.entries(names ?? {})) if (name) merged[id] = name;
  return { locale, safety: mergeSafetyText(english, safety), names: merged };
}
