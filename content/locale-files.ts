import englishNames from './text/en/names';
import type { NameTranslation } from './exercise';
import type { SafetyTranslation } from './safety-text';

/**
 * Which text language a page uses and the per-language files it may load, without the English
 * safety text: the popup's first paint needs exercise names (and, translated, the card's
 * provenance labels) but not the safety text, which it loads when asked (content/locale-text.ts
 * has the whole of it, for the options page). Each language's files are their own chunks.
 */
const safetyFiles = import.meta.glob<SafetyTranslation>(['./text/*/safety.ts', '!./text/en/safety.ts'], { import: 'default' });
const nameFiles = import.meta.glob<NameTranslation>(['./text/*/names.ts', '!./text/en/names.ts'], { import: 'default' });

/** The folder under content/text/ for a BCP 47 tag ("es-419" → "es"), or "en". */
export function textLocale(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return `./text/${base}/safety.ts` in safetyFiles || `./text/${base}/names.ts` in nameFiles ? base : 'en';
}

export const ENGLISH_NAMES: Readonly<Record<string, string>> = englishNames;

/** Every exercise's name in this text locale, English where it has none. */
export async function loadNames(locale: string): Promise<Readonly<Record<string, string>>> {
  if (locale === 'en') return ENGLISH_NAMES;
  const names = await nameFiles[`./text/${locale}/names.ts`]?.();
  const merged: Record<string, string> = { ...englishNames };
  for (const [id, name] of Object.entries(names ?? {})) if (name) merged[id] = name;
  return merged;
}

/** A language's safety text as translated (entries may be missing); undefined for English. */
export const loadSafetyTranslation = async (locale: string): Promise<SafetyTranslation | undefined> =>
  locale === 'en' ? undefined : safetyFiles[`./text/${locale}/safety.ts`]?.();
