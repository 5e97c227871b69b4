import type { Exercise, ExerciseWords } from './exercise';
import { CATALOGUE } from './catalogue';
import { withText } from './exercise-text';
import names from './text/en/names';

/**
 * The whole catalogue with its English words, for pages that list or count
 * exercises (options) and for tests. The worker uses CATALOGUE (no words) and
 * the popup loads one exercise at a time (content/load-exercise.ts).
 */
const words = import.meta.glob<ExerciseWords>('./text/en/*.ts', { import: 'default', eager: true });

export const EXERCISES: readonly Exercise[] = CATALOGUE.map((data) => {
  const english = words[`./text/en/${data.id}.ts`];
  if (!english) throw new Error(`No English text for exercise ${data.id}`);
  return withText(data, names[data.id] ?? data.id, english);
});

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

/** The exercise with this id, or undefined when none (e.g. an id from an old history). */
export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
