import type { Exercise, ExerciseData, ExerciseWords } from '../core/exercise';
import { chunkLayout, CHUNK_ID } from './chunk-layout';
import { FALLBACK_LOCALE, withText } from './exercise-text';
import { loadSafetyTranslation, textLocale } from './locale-files';
import { ENGLISH_PROVENANCE } from './provenance';

/**
 * Loads one exercise by id without loading the whole catalogue: the popup shows one
 * exercise, and the full catalogue text would be most of its bundle.
 *
 * In the extension each file in content/exercises/ and content/text/<locale>/ is its own
 * small chunk at a path computed from the id (content/chunk-layout.ts; emitted by
 * scripts/exercise-files-plugin.ts), so the popup carries no map of every file. Tests and
 * `wxt dev` have no such files: there Vite's glob maps load the same modules.
 */
const builtFiles = import.meta.env.GB_EXERCISE_FILES === true;

type Words = ExerciseWords | Partial<ExerciseWords>;
/** The default export of one file, or undefined if there is none (an unknown id). */
type Load<T> = (path: string) => Promise<T | undefined>;

const fromBuild =
  <T>(): Load<T> =>
  async (url) => {
    try {
      return ((await import(/* @vite-ignore */ url)) as { default: T }).default;
    } catch {
      return undefined;
    }
  };

// `?single` makes these copies distinct modules from the ones content/catalogue.ts
// imports (tests, dev): the same thing the build plugin does for its chunks.
const fromGlob =
  <T>(loaders: Record<string, () => Promise<T>>): Load<T> =>
  async (url) =>
    loaders[url.replace(/^\/content\//, './').replace(/\.js$/, '.ts')]?.();

const loadFacts: Load<ExerciseData> = builtFiles
  ? fromBuild()
  : fromGlob(import.meta.glob<ExerciseData>('./exercises/*.ts', { import: 'default', query: '?single' }));
const loadWords: Load<Words> = builtFiles
  ? fromBuild()
  : fromGlob(import.meta.glob<Words>(['./text/*/*.ts', '!./text/*/safety.ts'], { import: 'default', query: '?single' }));

/**
 * The exercise with this id in this locale (English for any missing word), or undefined for an unknown id.
 * `nameOf`: its name, a UI message the page looks up (content/ does not reach the browser).
 */
export async function loadExercise(
  id: string,
  nameOf: (id: string) => string,
  tag: string = FALLBACK_LOCALE,
): Promise<Exercise | undefined> {
  if (!CHUNK_ID.test(id)) return undefined;
  const locale = textLocale(tag);
  const translate = locale !== FALLBACK_LOCALE;
  const [data, english, translated, safety] = await Promise.all([
    loadFacts(chunkLayout.facts(id)),
    loadWords(chunkLayout.words(FALLBACK_LOCALE, id)),
    translate ? loadWords(chunkLayout.words(locale, id)) : undefined,
    // Only for the provenance labels; English needs no file (a translation may lack them).
    translate ? loadSafetyTranslation(locale) : undefined,
  ]);
  if (!data || !english || data.id !== id) return undefined;
  const labels = {
    adapted: safety?.provenance?.adapted || ENGLISH_PROVENANCE.adapted,
    partOf: safety?.provenance?.partOf || ENGLISH_PROVENANCE.partOf,
    from: safety?.provenance?.from || ENGLISH_PROVENANCE.from,
  };
  return withText(data, nameOf(id), english as ExerciseWords, translated, translate ? labels : undefined);
}

/**
 * The facts of every exercise, in catalogue order (the picker index's order,
 * loaded only here), from the same per-file chunks: for the popup's rare fallback, so it
 * never pulls in content/catalogue.ts, which the options page shares.
 */
export async function loadAllFacts(): Promise<ExerciseData[]> {
  const order = (await import('./picker-index')).PICKER_INDEX.map((e) => e.id);
  const all = await Promise.all(order.map((id) => loadFacts(chunkLayout.facts(id))));
  return all.filter((e): e is ExerciseData => e !== undefined);
}
