import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { filterCatalogue, NO_REPEAT_WINDOW, pickExercise, type ExercisePrefs } from '../../core/picker/picker';
import { POSITIONS } from '../../core/settings/settings';
import { PRECAUTIONS } from '../../core/exercise';

const ids = EXERCISES.map((e) => e.id);
const prefsArb: fc.Arbitrary<ExercisePrefs> = fc.record({
  positions: fc.uniqueArray(fc.constantFrom(...POSITIONS), { minLength: 1, maxLength: 3 }),
  allowBand: fc.boolean(),
  allowBall: fc.boolean(),
  officeDiscreetOnly: fc.boolean(),
  precautions: fc.uniqueArray(fc.constantFrom(...PRECAUTIONS), { maxLength: 4 }),
});
const inputArb = fc.record({
  prefs: prefsArb,
  // Histories may hold ids of exercises that no longer exist.
  recent: fc.array(fc.oneof(fc.constantFrom(...ids), fc.constant('retired-exercise')), { maxLength: 30 }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  another: fc.boolean(),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

const pick = ({ prefs, recent, seed, another }: Input) =>
  pickExercise({
    catalogue: EXERCISES,
    prefs,
    recent,
    seed,
    ...(another && recent[0] ? { exclude: recent[0], sameKindAs: EXERCISES.find((e) => e.id === recent[0])?.kind ?? 'stretch' } : {}),
  });

describe('pickExercise over random histories and preferences', () => {
  it('always returns a catalogue exercise', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(EXERCISES).toContain(pick(input).exercise);
      }),
      { numRuns: 500 },
    );
  });

  it('respects the filters unless it says it fell back, and falls back only when nothing is allowed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const allowed = filterCatalogue(EXERCISES, input.prefs);
        const { exercise, fellBack } = pick(input);
        expect(fellBack).toBe(allowed.length === 0);
        if (fellBack) expect(exercise.position).toBe('seated');
        else expect(allowed).toContain(exercise);
      }),
      { numRuns: 500 },
    );
  });

  it('never picks from the no-repeat window when the allowed pool has room', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const allowed = filterCatalogue(EXERCISES, input.prefs);
        const window = Math.min(NO_REPEAT_WINDOW, allowed.length - 1);
        const { exercise, fellBack } = pick(input);
        // Avoidable whenever a fresh exercise other than the excluded one exists.
        const fresh = allowed.filter((e) => !input.recent.slice(0, window).includes(e.id) && !(input.another && e.id === input.recent[0]));
        if (!fellBack && fresh.length > 0) expect(input.recent.slice(0, window)).not.toContain(exercise.id);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(pick(input).exercise.id).toBe(pick(input).exercise.id);
      }),
      { numRuns: 300 },
    );
  });

  it('alternates kinds whenever a fresh exercise of the other kind is allowed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const last = EXERCISES.find((e) => e.id === input.recent[0]);
        if (!last || input.another) return;
        const allowed = filterCatalogue(EXERCISES, input.prefs);
        const window = Math.min(NO_REPEAT_WINDOW, allowed.length - 1);
        const freshOther = allowed.some((e) => e.kind !== last.kind && !input.recent.slice(0, window).includes(e.id));
        if (freshOther) expect(pick(input).exercise.kind).not.toBe(last.kind);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pickExercise over a month of breaks with the real catalogue', () => {
  it.each([
    [
      'everything allowed',
      { positions: ['seated', 'standing', 'floor'], allowBand: true, officeDiscreetOnly: false, allowBall: false, precautions: [] },
    ],
    [
      'an office desk, no band',
      { positions: ['seated', 'standing'], allowBand: false, officeDiscreetOnly: false, allowBall: false, precautions: [] },
    ],
    [
      'office-discreet only',
      { positions: ['seated', 'standing', 'floor'], allowBand: false, officeDiscreetOnly: true, allowBall: false, precautions: [] },
    ],
  ] as [string, ExercisePrefs][])('%s: alternates, never repeats within the window, and uses every allowed exercise', (_, prefs) => {
    const allowed = filterCatalogue(EXERCISES, prefs);
    const window = Math.min(NO_REPEAT_WINDOW, allowed.length - 1);
    const recent: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const { exercise, fellBack } = pickExercise({ catalogue: EXERCISES, prefs, recent, seed: seed * 7919 });
      expect(fellBack).toBe(false);
      expect(recent.slice(0, window)).not.toContain(exercise.id);
      if (recent[0]) expect(exercise.kind).not.toBe(EXERCISES.find((e) => e.id === recent[0])!.kind);
      recent.unshift(exercise.id);
    }
    expect(new Set(recent)).toEqual(new Set(allowed.map((e) => e.id)));
  });
});
