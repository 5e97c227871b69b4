import type { Exercise, ExerciseData, ExerciseWords } from './exercise';
import { FALLBACK_LOCALE, withText } from './exercise-text';
import { loadLocaleText, textLocale } from './locale-text';
import { exerciseName } from '../utils/exercise-name';

/**
 * Loads one exercise by id without loading the whole catalogue: each file in
 * content/exercises/ and content/text/<locale>/ becomes its own small chunk.
 * The popup shows one exercise, and the full catalogue text would be most of its bundle.
 */
// `?single` makes these copies distinct modules from the ones content/catalogue.ts
// and content/exercises.ts import, so the bundler keeps those whole for the pages
// that need them and still gives the popup one small chunk per file.
const facts = import.meta.glob<ExerciseData>('./exercises/*.ts', { import: 'default', query: '?single' });
const words = import.meta.glob<ExerciseWords | Partial<ExerciseWords>>(['./text/*/*.ts', '!./text/*/safety.ts'], {
  import: 'default',
  query: '?single',
});

const load = async <T>(loaders: Record<string, () => Promise<T>>, path: string): Promise<T | undefined> => loaders[path]?.();

/** The exercise with this id in this locale (English for any missing word), or undefined for an unknown id. */
export async function loadExercise(id: string, tag: string = FALLBACK_LOCALE): Promise<Exercise | undefined> {
  const locale = textLocale(tag);
  const translate = locale !== FALLBACK_LOCALE;
  const [data, english, translated, localeText] = await Promise.all([
    load(facts, `./exercises/${id}.ts`),
    load(words, `./text/${FALLBACK_LOCALE}/${id}.ts`),
    translate ? load(words, `./text/${locale}/${id}.ts`) : undefined,
    translate ? loadLocaleText(locale) : undefined,
  ]);
  if (!data || !english || data.id !== id) return undefined;
  // The name is a UI message: the browser gives the UI language's (English when it has none).
  return withText(data, exerciseName(id), english as ExerciseWords, translated, localeText?.safety.provenance);
}

/**
 * The facts of every exercise, in catalogue order (the picker index's order,
 * loaded only here), from the same per-file chunks: for the popup's rare fallback, so it
 * never pulls in content/catalogue.ts, which the options page shares.
 */
export async function loadAllFacts(): Promise<ExerciseData[]> {
  const order = (await import('./picker-index')).PICKER_INDEX.map((e) => e.id);
  const all = await Promise.all(order.map((id) => load(facts, `./exercises/${id}.ts`)));
  return all.filter((e): e is ExerciseData => e !== undefined);
}

/** Ids of every exercise file, for tests. */
export const EXERCISE_FILE_IDS: readonly string[] = Object.keys(facts).map((p) => p.replace(/^.*\//, '').replace(/\.ts$/, ''));
