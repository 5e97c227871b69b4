/**
 * The UI message holding an exercise's name: `exercise_<id with underscores>`
 * (message keys allow no hyphens). Names are UI messages so the browser gives
 * every context the UI language's name with no JS per language: the worker
 * cannot import() a language's chunk later.
 */
export const exerciseNameKey = (id: string): `exercise_${string}` => `exercise_${id.replace(/-/g, '_')}`;
