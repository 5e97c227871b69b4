import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { englishMessages, translatedMessages, type MessagesFile } from '../core/i18n/messages-file';
import { translationGaps, type TranslationGaps } from '../core/i18n/translation-gaps';
import { catalogueEnglish, catalogueTranslated } from '../content/catalogue-text';

/**
 * Every translatable text source, each as `{key → English}` plus, per locale,
 * `{key → {text, fromHash}}`. UI messages today; the catalogue (per exercise id
 * and field) and the safety text join as one more entry each, through
 * `flattenText` + the same `translationGaps`.
 */
export interface TextSource {
  name: string;
  english: () => Record<string, string>;
  translated: (locale: string) => ReturnType<typeof translatedMessages>;
}

export const LOCALES_DIR = path.resolve(import.meta.dirname ?? __dirname, '../public/_locales');

export function readMessages(locale: string, dir = LOCALES_DIR): MessagesFile {
  const file = path.join(dir, locale, 'messages.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MessagesFile) : {};
}

/** Every locale folder except English, the source language. */
export function translatedLocales(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'en')
    .map((d) => d.name)
    .sort();
}

export function uiSource(dir = LOCALES_DIR): TextSource {
  return {
    name: 'ui',
    english: () => englishMessages(readMessages('en', dir)),
    translated: (locale) => translatedMessages(readMessages(locale, dir)),
  };
}

/** Exercise names and words, plus safety text, per id/field/line (content/text/<locale>/). */
export function catalogueSource(): TextSource {
  return { name: 'catalogue', english: catalogueEnglish, translated: catalogueTranslated };
}

export type LocaleReport = Record<string, Record<string, TranslationGaps>>;

/** `{locale → {source → gaps}}` for every translated locale. */
export function i18nReport(sources: TextSource[], locales: string[]): LocaleReport {
  const report: LocaleReport = {};
  for (const locale of locales) {
    report[locale] = {};
    for (const source of sources) {
      report[locale][source.name] = translationGaps(source.english(), source.translated(locale));
    }
  }
  return report;
}

/** `$1`…`$9` a message uses: a translation must use the same ones, or a value vanishes. */
export function substitutionsOf(message: string): string[] {
  return [...new Set(message.match(/\$\d/g) ?? [])].sort();
}
