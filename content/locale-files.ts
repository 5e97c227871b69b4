import type { SafetyTranslation } from './safety-text';

/**
 * Which text language a page uses and the per-language files it may load, without the English
 * safety text: the popup's first paint needs (translated) the card's provenance labels
 * but not the safety text, which it loads when asked (content/locale-text.ts
 * has the whole of it, for the options page). Each language's files are their own chunks.
 */
const safetyFiles = import.meta.glob<SafetyTranslation>(['./text/*/safety.ts', '!./text/en/safety.ts'], { import: 'default' });

/** The folder under content/text/ for a BCP 47 tag ("es-419" → "es"), or "en". */
export function textLocale(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return `./text/${base}/safety.ts` in safetyFiles ? base : 'en';
}

/** A language's safety text as translated (entries may be missing); undefined for English. */
export const loadSafetyTranslation = async (locale: string): Promise<SafetyTranslation | undefined> =>
  locale === 'en' ? undefined : safetyFiles[`./text/${locale}/safety.ts`]?.();
