import type { Exercise } from '../../core/exercise';
import { loadAllFacts, loadExercise } from '../../content/load-exercise';
import { filterCatalogue, type ExercisePrefs, type PickerEntry } from '../../core/picker/picker';

/**
 * Where the popup gets the exercise it shows. The popup shows one exercise at
 * a time, so in the extension it loads just that one (its own chunk); the
 * whole catalogue is loaded only when the tracker has not picked one yet.
 */
export interface ExerciseSource {
  /** The exercise for `id` (null: none picked yet) if already loaded. */
  get(id: string | null, prefs: ExercisePrefs): Exercise | undefined;
  /** Loads it (an unknown or null id gives the first exercise the prefs allow). */
  load(id: string | null, prefs: ExercisePrefs): Promise<Exercise>;
}

/** First exercise the preferences allow, else the first of all. */
function firstAllowed<E extends PickerEntry>(all: readonly E[], prefs: ExercisePrefs): E {
  return filterCatalogue(all, prefs)[0] ?? all[0]!;
}

/** For a catalogue already in memory (tests, or any page that has it). */
export function staticExerciseSource(all: readonly Exercise[]): ExerciseSource {
  const byId = new Map(all.map((e) => [e.id, e]));
  const get = (id: string | null, prefs: ExercisePrefs) => (id !== null ? byId.get(id) : undefined) ?? firstAllowed(all, prefs);
  return { get, load: async (id, prefs) => get(id, prefs) };
}

/** Loads exercises one chunk each, in `locale`; all the facts (no words) only as a fallback. */
export function lazyExerciseSource(nameOf: (id: string) => string, locale?: string): ExerciseSource {
  const loaded = new Map<string, Exercise>();
  let fallback: Exercise | undefined;
  return {
    get: (id) => (id !== null ? loaded.get(id) : fallback),
    async load(id, prefs) {
      if (id !== null) {
        const one = loaded.get(id) ?? (await loadExercise(id, nameOf, locale));
        if (one) {
          loaded.set(id, one);
          return one;
        }
      }
      // Facts of all, words of one: the whole text catalogue never loads here.
      const first = firstAllowed(await loadAllFacts(), prefs);
      fallback = (await loadExercise(first.id, nameOf, locale))!;
      if (id !== null) loaded.set(id, fallback);
      return fallback;
    },
  };
}
