import type { Exercise, ExerciseKind } from '../content/exercise';
import type { Settings } from './settings';
import { mulberry32 } from './random';

/** How many of the most recently shown exercises the picker avoids repeating. */
export const NO_REPEAT_WINDOW = 8;

export type ExercisePrefs = Settings['exercises'];

export interface PickInput {
  catalogue: readonly Exercise[];
  prefs: ExercisePrefs;
  /** Ids of exercises shown before, most recent first. */
  recent: readonly string[];
  seed: number;
  /** "Another one": stay on this kind instead of alternating. */
  sameKindAs?: ExerciseKind;
  /** Id never to return when anything else is possible (the one being replaced). */
  exclude?: string;
}

export interface Pick {
  exercise: Exercise;
  /** True when the preferences left nothing and the pick came from the seated fallback. */
  fellBack: boolean;
}

/** The exercises the user's preferences allow (the options page shows the count). */
export function filterCatalogue(catalogue: readonly Exercise[], prefs: ExercisePrefs): Exercise[] {
  return catalogue.filter(
    (e) =>
      prefs.positions.includes(e.position) &&
      (prefs.allowBand || e.equipment !== 'band') &&
      (!prefs.officeDiscreetOnly || e.officeDiscreet),
  );
}

/**
 * Seated exercises are the fallback because anyone at a desk can do them.
 * Band-free ones first: a user who has not allowed a band probably has none.
 */
function fallbackPool(catalogue: readonly Exercise[], prefs: ExercisePrefs): Exercise[] {
  const seated = catalogue.filter((e) => e.position === 'seated');
  const bandFree = seated.filter((e) => prefs.allowBand || e.equipment !== 'band');
  if (bandFree.length > 0) return bandFree;
  return seated.length > 0 ? seated : [...catalogue];
}

const otherKind = (k: ExerciseKind): ExerciseKind => (k === 'stretch' ? 'activation' : 'stretch');

/**
 * Chooses the exercise for the next break. Deterministic for a given input.
 *
 * Among the allowed exercises, candidates are ranked by these rules, most
 * important first, and the best-ranked ones are drawn from with the seed:
 *  1. not `exclude` (the exercise being replaced);
 *  2. not among the last min(8, pool size − 1) shown — always satisfiable otherwise;
 *  3. the wanted kind: `sameKindAs`, else the opposite of the last one shown
 *     (stretch what is tight, then wake up what is weak), else any.
 * No-repeat outranks kind so that a small filtered pool rotates instead of
 * cycling the same two exercises.
 */
export function pickExercise(input: PickInput): Pick {
  const { catalogue, prefs, recent, seed, sameKindAs, exclude } = input;
  if (catalogue.length === 0) throw new Error('pickExercise: the catalogue is empty');

  const allowed = filterCatalogue(catalogue, prefs);
  const fellBack = allowed.length === 0;
  const pool = fellBack ? fallbackPool(catalogue, prefs) : allowed;

  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const lastKnown = recent.map((id) => byId.get(id)).find((e) => e !== undefined);
  const wantedKind = sameKindAs ?? (lastKnown ? otherKind(lastKnown.kind) : undefined);

  const windowSize = Math.min(NO_REPEAT_WINDOW, pool.length - 1);
  const blocked = new Set(recent.slice(0, windowSize));
  const canExclude = exclude !== undefined && pool.some((e) => e.id !== exclude);

  const rank = (e: Exercise): number =>
    (canExclude && e.id === exclude ? 4 : 0) +
    (blocked.has(e.id) ? 2 : 0) +
    (wantedKind !== undefined && e.kind !== wantedKind ? 1 : 0);

  const best = Math.min(...pool.map(rank));
  const candidates = pool.filter((e) => rank(e) === best);

  // Only when `exclude` took the sole fresh one: repeat the one shown longest ago.
  if (candidates.every((e) => blocked.has(e.id))) {
    const oldest = candidates.reduce((a, b) => (recent.indexOf(b.id) > recent.indexOf(a.id) ? b : a));
    return { exercise: oldest, fellBack };
  }
  const random = mulberry32(seed);
  const exercise = candidates[Math.floor(random() * candidates.length)] ?? candidates[0]!;
  return { exercise, fellBack };
}
