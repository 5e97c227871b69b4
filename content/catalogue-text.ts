import { englishHash } from '../core/i18n/english-hash';
import { flattenText } from '../core/i18n/text-tree';
import type { TranslatedText } from '../core/i18n/translation-gaps';

/**
 * Every locale's catalogue text (per-exercise words; the names are UI
 * messages, checked with them), flattened to
 * `{"<id>.<field>[.<line>]": text}` for the completeness check. Eager and for
 * scripts/tests only: the pages load one exercise at a time (load-exercise.ts).
 */
const files = import.meta.glob<unknown>('./text/*/*.ts', { import: 'default', eager: true });
const stampFiles = import.meta.glob<Record<string, string>>('./text/*/stamps.json', { import: 'default', eager: true });

const SHARED_FILES = new Set(['safety']);

/** One locale's text as a tree: `{id: {steps: [...], ...}}` (+ `safety` when present). */
export function catalogueTree(locale: string): Record<string, unknown> {
  const tree: Record<string, Record<string, unknown>> = {};
  for (const [path, words] of Object.entries(files)) {
    const m = /^\.\/text\/([^/]+)\/([^/]+)\.ts$/.exec(path);
    if (!m || m[1] !== locale || SHARED_FILES.has(m[2]!)) continue;
    tree[m[2]!] = { ...tree[m[2]!], ...(words as Record<string, unknown>) };
  }
  const safety = files[`./text/${locale}/safety.ts`];
  return safety ? { ...tree, safety } : tree;
}

export const catalogueEnglish = (): Record<string, string> => flattenText(catalogueTree('en'));

/** Recorded English fingerprints of a locale: `{key → englishHash}`. */
const catalogueStamps = (locale: string): Record<string, string> => stampFiles[`./text/${locale}/stamps.json`] ?? {};

export function catalogueTranslated(locale: string): Record<string, TranslatedText> {
  const stamps = catalogueStamps(locale);
  return Object.fromEntries(
    Object.entries(flattenText(catalogueTree(locale))).map(([key, text]) => [key, { text, fromHash: stamps[key] }]),
  );
}

/** The stamps after recording the current English of every key under `prefixes` ("all" = every key). */
export function stampedCatalogue(locale: string, prefixes: string[]): Record<string, string> {
  const english = catalogueEnglish();
  const translated = flattenText(catalogueTree(locale));
  const stamps = { ...catalogueStamps(locale) };
  const wanted = (key: string) => prefixes.includes('all') || prefixes.some((p) => key === p || key.startsWith(`${p}.`));
  for (const key of Object.keys(translated)) {
    if (wanted(key) && english[key] !== undefined) stamps[key] = englishHash(english[key]!);
  }
  for (const key of Object.keys(stamps)) if (!(key in translated) || !(key in english)) delete stamps[key];
  return Object.fromEntries(Object.entries(stamps).sort(([a], [b]) => a.localeCompare(b)));
}
