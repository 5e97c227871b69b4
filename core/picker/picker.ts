import type { ExerciseData, ExerciseKind } from '../exercise';
import type { Settings } from '../settings/settings';
import { mulberry32 } from './random';

/** How many of the most recently shown exercises the picker avoids repeating. */
export const NO_REPEAT_WINDOW = 8;

export type ExercisePrefs = Settings['exercises'];

/** What the picker reads of an exercise: no words, so the worker loads none. */
export interface PickerEntry {
  id: ExerciseData['id'];
  kind: ExerciseData['kind'];
  position: ExerciseData['position'];
  equipment: ExerciseData['equipment'];
  officeDiscreet: ExerciseData['officeDiscreet'];
  precautions: ExerciseData['precautions'];
}

/** An exercise's picker facts: what the worker's index (content/picker-index.ts) keeps of it. */
export function pickerEntryOf(e: ExerciseData): PickerEntry {
  return {
    id: e.id,
    kind: e.kind,
    position: e.position,
    equipment: e.equipment,
    officeDiscreet: e.officeDiscreet,
    precautions: e.precautions,
  };
}

/** At a prompt, how often a standing exercise is chosen when one is available (seed 000: get up). */
const STANDING_SHARE_AT_PROMPT = 0.75;

export interface PickInput<E extends PickerEntry = PickerEntry> {
  catalogue: readonly E[];
  prefs: ExercisePrefs;
  /** Ids of exercises shown before, most recent first. */
  recent: readonly string[];
  seed: number;
  /** "Another one": stay on this kind instead of alternating. */
  sameKindAs?: ExerciseKind;
  /** Id never to return when anything else is possible (the one being replaced). */
  exclude?: string;
  /** Picking for a break prompt: prefer standing (the user has been sitting). */
  atPrompt?: boolean;
}

export interface Pick<E extends PickerEntry = PickerEntry> {
  exercise: E;
  /** True when the preferences left nothing and the pick came from the seated fallback. */
  fellBack: boolean;
}

/** The exercises the user's preferences allow (the options page shows the count). */
export function filterCatalogue<E extends PickerEntry>(catalogue: readonly E[], prefs: ExercisePrefs): E[] {
  return catalogue.filter((e) => prefs.positions.includes(e.position) && allowedEquipment(e, prefs) && safeFor(e, prefs));
}

const allowedEquipment = (e: PickerEntry, prefs: ExercisePrefs) =>
  (prefs.allowBand || e.equipment !== 'band') &&
  (prefs.allowBall || e.equipment !== 'ball') &&
  (!prefs.officeDiscreetOnly || e.officeDiscreet);

/** No exercise tagged with one of the user's screening answers, ever (not even as a fallback). */
const safeFor = (e: PickerEntry, prefs: ExercisePrefs) => !e.precautions.some((p) => prefs.precautions.includes(p));

/** The exercises a precaution answer removes from what the other preferences allow (the screening says which). */
export function removedByPrecautions<E extends PickerEntry>(catalogue: readonly E[], prefs: ExercisePrefs): E[] {
  return filterCatalogue(catalogue, { ...prefs, precautions: [] }).filter((e) => !safeFor(e, prefs));
}

/**
 * Seated exercises are the fallback because anyone at a desk can do them.
 * Band-free ones first: a user who has not allowed a band probably has none.
 */
function fallbackPool<E extends PickerEntry>(catalogue: readonly E[], prefs: ExercisePrefs): E[] {
  const safe = catalogue.filter((e) => safeFor(e, prefs));
  const seated = safe.filter((e) => e.position === 'seated');
  const bandFree = seated.filter((e) => e.equipment !== 'band' && e.equipment !== 'ball');
  if (bandFree.length > 0) return bandFree;
  if (seated.length > 0) return seated;
  return safe.length > 0 ? safe : [...catalogue];
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
 * cycling the same two exercises. At a prompt (`atPrompt`), a standing one
 * among the best is chosen most of the time: the user has just been sitting.
 * Exercises tagged with a screening answer are never chosen, fallback included.
 */
export function pickExercise<E extends PickerEntry>(input: PickInput<E>): Pick<E> {
  const { catalogue, prefs, recent, seed, sameKindAs, exclude, atPrompt = false } = input;
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

  const rank = (e: E): number =>
    (canExclude && e.id === exclude ? 4 : 0) + (blocked.has(e.id) ? 2 : 0) + (wantedKind !== undefined && e.kind !== wantedKind ? 1 : 0);

  const best = Math.min(...pool.map(rank));
  const candidates = pool.filter((e) => rank(e) === best);

  // Only when `exclude` took the sole fresh one: repeat the one shown longest ago.
  if (candidates.every((e) => blocked.has(e.id))) {
    const oldest = candidates.reduce((a, b) => (recent.indexOf(b.id) > recent.indexOf(a.id) ? b : a));
    return { exercise: oldest, fellBack };
  }
  const random = mulberry32(seed);
  const standing = candidates.filter((e) => e.position === 'standing');
  const preferStanding = atPrompt && standing.length > 0 && random() < STANDING_SHARE_AT_PROMPT;
  const drawFrom = preferStanding ? standing : candidates;
  const exercise = drawFrom[Math.floor(random() * drawFrom.length)] ?? drawFrom[0]!;
  return { exercise, fellBack };
}
