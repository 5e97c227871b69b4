import { englishHash } from './english-hash';

/** One translated text and the fingerprint of the English it was translated from. */
export interface TranslatedText {
  text: string;
  /** `englishHash` of the English source at translation time; absent = never recorded. */
  fromHash?: string;
}

export interface TranslationGaps {
  /** English keys with no translation: the UI falls back to English for them. */
  missing: string[];
  /** Translated from an English text that has changed since (or with no record of which). */
  stale: string[];
  /** Keys the English no longer has: dead text to delete. */
  extra: string[];
}

/**
 * The one comparison behind every completeness check (UI messages, catalogue
 * text per exercise and field, safety text): any source flattened to
 * `{key → English}` against a locale flattened to `{key → {text, fromHash}}`.
 */
export function translationGaps(
  english: Readonly<Record<string, string>>,
  translated: Readonly<Record<string, TranslatedText>>,
): TranslationGaps {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const entry = translated[key];
    if (!entry || entry.text.trim() === '') missing.push(key);
    else if (entry.fromHash !== englishHash(source)) stale.push(key);
  }
  const extra = Object.keys(translated).filter((key) => !(key in english));
  return { missing, stale, extra };
}
