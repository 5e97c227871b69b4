import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './originality-seeds';

/** Every text a language ships: its catalogue and safety files and its UI messages. */
function textsOf(locale: string): [string, string][] {
  const dir = path.join(REPO_ROOT, 'content/text', locale);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f): [string, string] => [`content/text/${locale}/${f}`, readFileSync(path.join(dir, f), 'utf8')]);
  const messages = JSON.parse(readFileSync(path.join(REPO_ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return [...files, ...Object.entries(messages).map(([key, m]): [string, string] => [`messages ${key}`, m.message])];
}

/** Mistakes the catalogue v3 review found; the glossaries (docs/i18n/glossary.<lang>.md) say why. */
describe.each([
  ['de', /Entzündung/, 'infection is "Infektion"'],
  ['de', /tiefe Hüftbeuge/, '"starkes Beugen der Hüfte"'],
  ['de', /Vier im (Sitzen|Stehen)/, 'the figure four is "Figur-4-Dehnung"'],
  ['de', /Krebsgang/, 'the crab walk is "Seitschritte in der Hocke"'],
  ['es', /[Vv]ersión de escritorio/, '"versión para hacer en la mesa"'],
  ['es', /tirón/, 'a gentle pull is "tensión suave" (a tirón is a strain)'],
  ['es', /espalda larga/, '"espalda recta"'],
] as const)('%s texts never say %s', (locale, wrong, right) => {
  it(`(${right})`, () => {
    expect(
      textsOf(locale)
        .filter(([, text]) => wrong.test(text))
        .map(([where]) => where),
    ).toEqual([]);
  });
});
