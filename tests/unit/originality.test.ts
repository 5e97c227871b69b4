import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueTree } from '../../content/catalogue-text';
import { EXERCISES } from '../../content/exercises';
import safety from '../../content/text/en/safety';
import { REPO_ROOT, seedTexts } from './originality-seeds';

/**
 * Originality: every sentence shown to users is our own. No run of RUN or more
 * consecutive words from any text may appear in a seed article, ignoring case,
 * punctuation and apostrophes.
 */
export const RUN = 8;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '') // "you're" and "youre" are the same word
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of `n` consecutive words in the text, joined by single spaces. */
export function runsOf(text: string, n = RUN): string[] {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - n + 1) }, (_, i) => w.slice(i, i + n).join(' '));
}

/** Builds a checker over source texts; it returns the copied runs found in `text`. */
export function copiedRuns(sources: readonly string[], n = RUN): (text: string) => string[] {
  const known = new Set(sources.flatMap((s) => runsOf(s, n)));
  return (text) => runsOf(text, n).filter((r) => known.has(r));
}

/** All the strings in a value, with where they were found. */
function stringsIn(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((x, i) => stringsIn(x, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, x]) => stringsIn(x, `${where}.${k}`));
  }
  return [];
}

const seeds = seedTexts();
const TRANSLATED = ['de', 'es'];
const check = copiedRuns(Object.values(seeds));

describe('the originality checker', () => {
  const seed3 = seeds['003']!;
  it('has all five seeds to compare against', () => {
    expect(Object.keys(seeds).sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each([
    ['a sentence copied verbatim', 'Slowly lean forward to feel a gentle stretch in your right glute and hip area.'],
    ['the same words in other case and punctuation', 'SLOWLY lean forward — to feel a GENTLE stretch, in your right glute!'],
    ['curly and straight apostrophes mixed', "If you're experiencing lower back pain, you can visit a Lifemark clinic"],
  ])('flags %s', (_, text) => {
    expect(check(text)).not.toEqual([]);
  });

  it('passes a paraphrase and a run of only 7 copied words', () => {
    expect(check('Tip your chest forward slowly until the right buttock stretches.')).toEqual([]);
    expect(seed3).toContain('Slowly lean forward to feel a gentle stretch');
    expect(check('Slowly lean forward to feel a gentle pull.')).toEqual([]);
  });
});

describe('our text is our own', () => {
  const texts: [string, string][] = [
    // Provenance quotes a source title, which is a citation like the titles below.
    ...EXERCISES.flatMap((e) => stringsIn({ ...e, provenance: undefined }, `exercise ${e.id}`)),
    // Source titles are citations: quoting them is the point.
    ...stringsIn(safety, 'safety').filter(([where]) => !/sources\[\d+\]\.title$/i.test(where)),
    ...Object.entries(
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>,
    ).map(([key, m]): [string, string] => [`messages.json ${key}`, m.message]),
    // Translations too: a German or Spanish text copied from a translated seed would be as much a copy.
    ...TRANSLATED.flatMap((locale) => stringsIn(catalogueTree(locale), `${locale} text`)),
    ...TRANSLATED.flatMap((locale) =>
      Object.entries(
        JSON.parse(readFileSync(path.join(REPO_ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<
          string,
          { message: string }
        >,
      ).map(([key, m]): [string, string] => [`${locale}/messages.json ${key}`, m.message]),
    ),
  ];

  it('covers the catalogue, the safety text and the UI messages', () => {
    expect(texts.some(([w]) => w.startsWith('exercise '))).toBe(true);
    expect(texts.some(([w]) => /^exercise .*\.(mistakes|easier|harder|breathing|intensity)/.test(w))).toBe(true);
    expect(texts.some(([w]) => w.startsWith('safety.precautions.'))).toBe(true);
    expect(texts.some(([w]) => w.startsWith('safety.redFlags.'))).toBe(true);
    expect(texts.some(([w]) => w.startsWith('messages.json'))).toBe(true);
    expect(texts.some(([w]) => /^de text\.clamshell\.steps/.test(w))).toBe(true);
    expect(texts.some(([w]) => /^(de|es) text\.safety\.redFlags/.test(w))).toBe(true);
    expect(texts.some(([w]) => w.startsWith('es/messages.json'))).toBe(true);
  });

  it(`has no run of ${RUN} words from a seed article`, () => {
    const copied = texts.flatMap(([where, text]) => check(text).map((run) => `${where}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
