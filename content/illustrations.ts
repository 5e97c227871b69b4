import { chunkLayout, CHUNK_ID } from './chunk-layout';

/**
 * Exercise illustrations: two frames per exercise, `<id>-start.svg` and `<id>-end.svg`
 * (drawn by scripts/illustrations/). The build emits each as its own file at a path computed
 * from the id (content/chunk-layout.ts, scripts/exercise-files-plugin.ts), so the popup
 * carries no map of every drawing. Tests and `wxt dev` use Vite's glob map of the same files.
 * Render with `<svg><use href="<url>#f"/></svg>` (see components/ExerciseArt.tsx): the
 * strokes take `currentColor` and the target muscle takes `--target-fill`, both from the page.
 */

/** The URLs of an exercise's two frames; a missing frame is undefined. */
export interface IllustrationFrames {
  start?: string;
  end?: string;
}

const FRAME_FILE = /([a-z0-9-]+)-(start|end)\.svg$/;

/**
 * Tests and `wxt dev`: the drawings Vite sees, by id, served from their source folder. The
 * glob's keys say which files exist; its loaders are never called, and in the build this
 * branch is dropped, loaders and all, so no drawing is emitted twice.
 */
function sourceFrames(): Record<string, IllustrationFrames> {
  const files = Object.keys(import.meta.glob('./illustrations/*.svg', { query: '?url&no-inline' }));
  return files.reduce<Record<string, IllustrationFrames>>((frames, file) => {
    const [, id, which] = FRAME_FILE.exec(file) ?? [];
    if (id && which) (frames[id] ??= {})[which as keyof IllustrationFrames] = file.replace(/^\.\//, '/content/');
    return frames;
  }, {});
}

const known = import.meta.env.GB_ILLUSTRATION_FILES === true ? undefined : sourceFrames();

/** The start and end frames of an exercise (either may be missing). */
export function illustrationFrames(exerciseId: string): IllustrationFrames {
  if (known) return known[exerciseId] ?? {};
  // Every catalogue exercise has both frames (tests/unit/illustrations.test.ts; the built
  // files are checked by tests/e2e/store-review.e2e.test.ts).
  return CHUNK_ID.test(exerciseId) ? { start: chunkLayout.frame(exerciseId, 'start'), end: chunkLayout.frame(exerciseId, 'end') } : {};
}

/** One picture for an exercise: its end frame, or undefined if it has none. */
export function illustrationUrl(exerciseId: string): string | undefined {
  return illustrationFrames(exerciseId).end;
}
