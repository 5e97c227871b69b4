/**
 * Where the production build puts the popup's per-exercise files, one fixed path per
 * exercise (and per locale for the words), so the popup computes a path from an id instead
 * of carrying a map of every file (Vite's `import.meta.glob` map was ≈ 6 KB gz of its first
 * paint). The build plugin (scripts/exercise-files-plugin.ts) emits the files at these paths;
 * content/load-exercise.ts and content/illustrations.ts load them. Paths are absolute from the
 * extension's root, so they resolve the same from any page.
 */
export const chunkLayout = {
  /** Language-neutral facts of one exercise (content/exercises/<id>.ts). */
  facts: (id: string) => `/content/exercises/${id}.js`,
  /** One exercise's words in one locale (content/text/<locale>/<id>.ts). */
  words: (locale: string, id: string) => `/content/text/${locale}/${id}.js`,
  /** One frame of an exercise's drawing (content/illustrations/<id>-<frame>.svg). */
  frame: (id: string, frame: 'start' | 'end') => `/assets/illustrations/${id}-${frame}.svg`,
};

/** Ids are file names: lower-case words and dashes, nothing that could leave the folder. */
export const CHUNK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
