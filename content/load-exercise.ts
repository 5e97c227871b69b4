import type { Exercise } from './exercise';

/**
 * Loads one exercise by id without loading the whole catalogue: each file in
 * content/exercises/ becomes its own small chunk. The popup shows one
 * exercise, and the full catalogue text would be most of its bundle.
 */
// `?single` makes these copies distinct modules from the ones content/exercises.ts
// imports, so the bundler keeps the full catalogue in one chunk for the worker
// and options page (one file to load at each worker start) and still gives the
// popup one small chunk per exercise.
const loaders = import.meta.glob<Exercise>('./exercises/*.ts', { import: 'default', query: '?single' });

// Keys are the file paths; the query is not part of them.
const pathOf = (id: string) => `./exercises/${id}.ts`;

/** The exercise with this id, or undefined for an unknown id (e.g. from an older version). */
export async function loadExercise(id: string): Promise<Exercise | undefined> {
  const load = loaders[pathOf(id)];
  return load ? load() : undefined;
}

/** Ids of every exercise file, for tests. */
export const EXERCISE_FILE_IDS: readonly string[] = Object.keys(loaders).map((p) => p.replace(/^.*\//, '').replace(/\.ts$/, ''));
