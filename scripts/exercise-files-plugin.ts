import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { chunkLayout } from '../content/chunk-layout';

/**
 * Emits each exercise's files at the fixed paths of content/chunk-layout.ts: its facts and its
 * words per locale as small module chunks, its two drawings as files. The popup then loads one
 * exercise by a path computed from its id (content/load-exercise.ts, content/illustrations.ts)
 * and carries no map of all of them. `?single` makes each a copy apart from the modules that
 * content/catalogue.ts imports, so the worker and options keep theirs bundled as before.
 * Build only: tests and `wxt dev` keep the `import.meta.glob` maps (GB_EXERCISE_FILES unset).
 */
export function exerciseFiles(root = process.cwd()): Plugin {
  const content = path.join(root, 'content');
  const ts = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
  return {
    name: 'glute-break:exercise-files',
    apply: 'build',
    config: () => ({ define: { 'import.meta.env.GB_EXERCISE_FILES': 'true' } }),
    buildStart(options) {
      // Only the build that holds the popup (WXT builds pages and the worker together).
      const input = options.input;
      if (!input || Array.isArray(input) || !('popup' in input)) return;
      const chunk = (file: string, fileName: string) =>
        this.emitFile({ type: 'chunk', id: `${file}?single`, fileName: fileName.slice(1), preserveSignature: 'strict' });
      for (const id of ts(path.join(content, 'exercises'))) chunk(path.join(content, 'exercises', `${id}.ts`), chunkLayout.facts(id));
      const text = path.join(content, 'text');
      for (const locale of readdirSync(text, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
        for (const id of ts(path.join(text, locale)).filter((f) => f !== 'names' && f !== 'safety')) {
          chunk(path.join(text, locale, `${id}.ts`), chunkLayout.words(locale, id));
        }
      }
      const drawings = path.join(content, 'illustrations');
      for (const file of readdirSync(drawings).filter((f) => f.endsWith('.svg'))) {
        const [, id, frame] = /^(.+)-(start|end)\.svg$/.exec(file) ?? [];
        if (!id || (frame !== 'start' && frame !== 'end')) continue;
        this.emitFile({ type: 'asset', fileName: chunkLayout.frame(id, frame).slice(1), source: readFileSync(path.join(drawings, file)) });
      }
    },
  };
}
