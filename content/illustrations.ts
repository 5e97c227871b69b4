/**
 * Exercise illustration URLs, keyed by exercise id (file `<id>.svg`).
 * `?url` + `no-inline` makes Vite emit each SVG as its own file instead of a
 * data: URI inside the JS bundle, which keeps the popup bundle small.
 * Render with CSS `mask-image: url(…)` over `background: currentColor`.
 */
const files = import.meta.glob<string>('./illustrations/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

export const ILLUSTRATION_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.svg$/, ''), url]),
);

/** URL of an exercise's illustration, or undefined if it has none. */
export function illustrationUrl(exerciseId: string): string | undefined {
  return ILLUSTRATION_URLS[exerciseId];
}
