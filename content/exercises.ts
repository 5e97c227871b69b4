import type { Exercise, ExerciseWords } from '../core/exercise';
import { CATALOGUE } from './catalogue';
import { withText } from './exercise-text';
import english from '../public/_locales/en/messages.json';
import { exerciseNameKey } from '../core/i18n/exercise-name-key';

/**
 * The whole catalogue with its English words and names (the names from the
 * English UI messages), for tests and scripts. Options count CATALOGUE (no
 * words), the worker reads the picker index (content/picker-index.ts) and
 * the popup loads one exercise at a time (content/load-exercise.ts).
 */
const names = english as Readonly<Record<string, { message: string } | undefined>>;
const words = import.meta.glob<ExerciseWords>('./text/en/*.ts', { import: 'default', eager: true });

export const EXERCISES: readonly Exercise[] = CATALOGUE.map((data) => {
  const englishWords = words[`./text/en/${data.id}.ts`];
  if (!englishWords) throw new Error(`No English text for exercise ${data.id}`);
  return withText(data, names[exerciseNameKey(data.id)]?.message ?? data.id, englishWords);
});

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

/** The exercise with this id, or undefined when none (e.g. an id from an old history). */
export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
