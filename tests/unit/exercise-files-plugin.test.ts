import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkLayout } from '../../content/chunk-layout';
import { EXERCISES } from '../../content/exercises';
import { exerciseFiles } from '../../scripts/exercise-files-plugin';
import { REPO_ROOT } from './originality-seeds';

type Emitted = { type: 'chunk' | 'asset'; id?: string; fileName: string };

/** What the plugin emits for a build with these entries. */
function emitted(input: Record<string, string>, chunks = true): Emitted[] {
  const files: Emitted[] = [];
  const plugin = exerciseFiles(REPO_ROOT, chunks);
  const buildStart = plugin.buildStart as (this: unknown, options: { input: Record<string, string> }) => void;
  buildStart.call({ emitFile: (f: Emitted) => files.push(f) }, { input });
  return files;
}

const LOCALES = readdirSync(path.join(REPO_ROOT, 'content/text'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('the build emits every exercise at the path the popup computes from its id', () => {
  const files = emitted({ popup: 'popup.html', options: 'options.html' });
  const names = new Set(files.map((f) => `/${f.fileName}`));

  it('emits, for every exercise, its facts, its words in every language and its start and end frames', () => {
    const missing = EXERCISES.flatMap(({ id }) =>
      [
        chunkLayout.facts(id),
        ...LOCALES.map((locale) => chunkLayout.words(locale, id)),
        chunkLayout.frame(id, 'start'),
        chunkLayout.frame(id, 'end'),
      ].filter((n) => !names.has(n)),
    );
    expect(missing).toEqual([]);
  });

  it('emits the facts and words as separate copies of their modules (the worker and options keep theirs)', () => {
    const chunks = files.filter((f) => f.type === 'chunk');
    expect(chunks.length).toBe(EXERCISES.length * (1 + LOCALES.length));
    for (const c of chunks) expect(c.id).toMatch(/\/content\/(exercises|text\/[a-z]+)\/[a-z0-9-]+\.ts\?single$/);
  });

  it('emits no names or safety text as exercise words', () => {
    expect([...names].filter((n) => /\/(names|safety)\.js$/.test(n))).toEqual([]);
  });

  it('for Firefox, emits the drawings at their paths but no module chunks (its linter flags computed imports)', () => {
    const firefox = emitted({ popup: 'popup.html' }, false);
    expect(firefox.filter((f) => f.type === 'chunk')).toEqual([]);
    for (const { id } of EXERCISES) expect(firefox.map((f) => `/${f.fileName}`)).toContain(chunkLayout.frame(id, 'end'));
  });

  it('emits nothing in a build without the popup', () => {
    expect(emitted({ background: 'background.ts' })).toEqual([]);
  });
});
