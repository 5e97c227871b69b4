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
 * The module chunks are Chrome's only (`chunks` false for Firefox): Firefox's add-on linter
 * (web-ext lint, AMO) warns "Unsafe call to import" on an import() of a computed path, so the
 * Firefox build keeps the glob maps for them. The drawings are plain files: both builds.
 */
export function exerciseFiles(root = process.cwd(), chunks = true): Plugin {
  const content = path.join(root, 'content');
  const ts = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
  return {
    name: 'glute-break:exercise-files',
    apply: 'build',
    config: () => ({
      define: { 'import.meta.env.GB_ILLUSTRATION_FILES': 'true', ...(chunks ? { 'import.meta.env.GB_EXERCISE_FILES': 'true' } : {}) },
    }),
    buildStart(options) {
      // Only the popup's build (scripts/popup-build-alone.ts): the files are emitted once.
      const input = options.input;
      if (!input || Array.isArray(input) || !('popup' in input)) return;
      const chunk = (file: string, fileName: string) =>
        this.emitFile({ type: 'chunk', id: `${file}?single`, fileName: fileName.slice(1), preserveSignature: 'strict' });
      const drawings = path.join(content, 'illustrations');
      for (const file of readdirSync(drawings).filter((f) => f.endsWith('.svg'))) {
        const [, id, frame] = /^(.+)-(start|end)\.svg$/.exec(file) ?? [];
        if (!id || (frame !== 'start' && frame !== 'end')) continue;
        this.emitFile({ type: 'asset', fileName: chunkLayout.frame(id, frame).slice(1), source: readFileSync(path.join(drawings, file)) });
      }
      if (!chunks) return;
      for (const id of ts(path.join(content, 'exercises'))) chunk(path.join(content, 'exercises', `${id}.ts`), chunkLayout.facts(id));
      const text = path.join(content, 'text');
      for (const locale of readdirSync(text, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)) {
        for (const id of ts(path.join(text, locale)).filter((f) => f !== 'names' && f !== 'safety')) {
          chunk(path.join(text, locale, `${id}.ts`), chunkLayout.words(locale, id));
        }
      }
    },
  };
}
