/**
 * Exercise illustrations: two frames per exercise, `<id>-start.svg` and `<id>-end.svg`
 * (drawn by scripts/illustrations/). `?url` + `no-inline` makes Vite emit each SVG as its
 * own file instead of a data: URI inside the JS bundle, which keeps the popup bundle small.
 * Render with `<svg><use href="<url>#f"/></svg>` (see components/ExerciseArt.tsx): the
 * strokes take `currentColor` and the target muscle takes `--target-fill`, both from the page.
 */
const files = import.meta.glob<string>('./illustrations/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** The URLs of an exercise's two frames; a missing frame is undefined. */
export interface IllustrationFrames {
  start?: string;
  end?: string;
}

const FRAME_FILE = /([a-z0-9-]+)-(start|end)\.svg$/;

export const ILLUSTRATION_FRAMES: Readonly<Record<string, Readonly<IllustrationFrames>>> = Object.entries(files).reduce<
  Record<string, IllustrationFrames>
>((frames, [path, url]) => {
  const match = FRAME_FILE.exec(path);
  const [, id, which] = match ?? [];
  if (id && which) (frames[id] ??= {})[which as keyof IllustrationFrames] = url;
  return frames;
}, {});

/** The start and end frames of an exercise (either may be missing). */
export function illustrationFrames(exerciseId: string): IllustrationFrames {
  return ILLUSTRATION_FRAMES[exerciseId] ?? {};
}

/** One picture for an exercise: its end frame, or undefined if it has none. */
export function illustrationUrl(exerciseId: string): string | undefined {
  return ILLUSTRATION_FRAMES[exerciseId]?.end;
}
