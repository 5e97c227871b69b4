import { describe, expect, it } from 'vitest';
import type { Equipment, ExerciseKind, ExercisePosition } from '../../core/exercise';
import { filterCatalogue, NO_REPEAT_WINDOW, pickExercise, type ExercisePrefs, type PickerEntry } from '../../core/picker/picker';

/** A minimal exercise: only the fields the picker looks at matter. */
function fixture(
  id: string,
  kind: ExerciseKind,
  position: ExercisePosition = 'seated',
  equipment: Equipment = 'none',
  officeDiscreet = true,
): PickerEntry {
  return { id, kind, position, equipment, officeDiscreet, precautions: [] };
}

const ALL: ExercisePrefs = {
  positions: ['seated', 'standing', 'floor'],
  allowBand: true,
  officeDiscreetOnly: false,
  allowBall: false,
  precautions: [],
};

/** 10 stretches s0..s9 and 10 activations a0..a9, spread over positions and equipment. */
const positions: ExercisePosition[] = ['seated', 'standing', 'floor'];
const equipments: Equipment[] = ['none', 'chair', 'desk', 'band'];
const CATALOGUE: PickerEntry[] = (['stretch', 'activation'] as const).flatMap((kind) =>
  Array.from({ length: 10 }, (_, i) => fixture(`${kind[0]}${i}`, kind, positions[i % 3]!, equipments[i % 4]!, i % 2 === 0)),
);
const kindOf = (id: string) => CATALOGUE.find((e) => e.id === id)!.kind;
const SEEDS = [0, 1, 2, 42, 1234, 2 ** 31 - 1, 987654321];

describe('pickExercise: alternation', () => {
  it.each([
    ['a stretch', 's0', 'activation'],
    ['an activation', 'a0', 'stretch'],
  ] as const)('after %s comes %s', (_, last, expected) => {
    for (const seed of SEEDS) {
      const { exercise } = pickExercise({ catalogue: CATALOGUE, prefs: ALL, recent: [last], seed });
      expect(exercise.kind).toBe(expected);
    }
  });

  it('alternates over a long run of breaks', () => {
    const recent: string[] = [];
    for (let seed = 0; seed < 50; seed++) {
      const { exercise } = pickExercise({ catalogue: CATALOGUE, prefs: ALL, recent, seed });
      if (recent[0]) expect(exercise.kind).not.toBe(kindOf(recent[0]));
      recent.unshift(exercise.id);
    }
  });

  it('skips unknown ids in the history to find the last kind', () => {
    const { exercise } = pickExercise({ catalogue: CATALOGUE, prefs: ALL, recent: ['gone', 's3'], seed: 7 });
    expect(exercise.kind).toBe('activation');
  });
});

describe('pickExercise: no repeat among the last 8', () => {
  it('never returns one of the last 8 shown', () => {
    const recent = ['a1', 's1', 'a2', 's2', 'a3', 's3', 'a4', 's4'];
    for (let seed = 0; seed < 200; seed++) {
      const { exercise } = pickExercise({ catalogue: CATALOGUE, prefs: ALL, recent, seed });
      expect(recent).not.toContain(exercise.id);
    }
  });

  it('blocks only the last 8: the 9th most recent may come back', () => {
    const onlyA0Free = CATALOGUE.filter(
      (e) => e.kind === 'stretch' || ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'].includes(e.id),
    );
    const recent = ['s9', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a0', 'a8'];
    const { exercise } = pickExercise({ catalogue: onlyA0Free, prefs: ALL, recent, seed: 3 });
    // a0 and a8 are the only activations outside the window of 8.
    expect(['a0', 'a8']).toContain(exercise.id);
    expect(NO_REPEAT_WINDOW).toBe(8);
  });

  it.each([
    [2, ['x0'], 'x1'],
    [3, ['x0', 'x1'], 'x2'],
    [4, ['x2', 'x0', 'x3'], 'x1'],
  ])('with %i allowed exercises the window shrinks to size − 1', (n, recent, expected) => {
    const small = Array.from({ length: n }, (_, i) => fixture(`x${i}`, 'stretch'));
    for (const seed of SEEDS) {
      expect(pickExercise({ catalogue: small, prefs: ALL, recent, seed }).exercise.id).toBe(expected);
    }
  });

  it('prefers a fresh exercise of the other kind over a repeat of the wanted kind', () => {
    const cat = [fixture('s', 'stretch'), fixture('a', 'activation'), fixture('b', 'activation')];
    // Window is 2: a and s are blocked; b is the only fresh one.
    expect(pickExercise({ catalogue: cat, prefs: ALL, recent: ['a', 's'], seed: 1 }).exercise.id).toBe('b');
  });
});

describe('pickExercise: filters', () => {
  it.each([
    ['only seated', { ...ALL, positions: ['seated'] }, (e: PickerEntry) => e.position === 'seated'],
    ['standing or floor', { ...ALL, positions: ['standing', 'floor'] }, (e: PickerEntry) => e.position !== 'seated'],
    ['no band', { ...ALL, allowBand: false }, (e: PickerEntry) => e.equipment !== 'band'],
    ['office-discreet only', { ...ALL, officeDiscreetOnly: true, allowBall: false, precautions: [] }, (e: PickerEntry) => e.officeDiscreet],
  ] as [string, ExercisePrefs, (e: PickerEntry) => boolean][])('%s: only allowed exercises come out', (_, prefs, ok) => {
    expect(filterCatalogue(CATALOGUE, prefs).every(ok)).toBe(true);
    for (const seed of SEEDS) {
      for (const recent of [[], ['s0'], ['a0']]) {
        const pick = pickExercise({ catalogue: CATALOGUE, prefs, recent, seed });
        expect(pick.fellBack).toBe(false);
        expect(ok(pick.exercise)).toBe(true);
      }
    }
  });

  it('filterCatalogue keeps only what every preference allows', () => {
    const prefs: ExercisePrefs = { positions: ['standing'], allowBand: false, officeDiscreetOnly: true, allowBall: false, precautions: [] };
    expect(filterCatalogue(CATALOGUE, prefs).map((e) => e.id)).toEqual(
      CATALOGUE.filter((e) => e.position === 'standing' && e.equipment !== 'band' && e.officeDiscreet).map((e) => e.id),
    );
  });
});

describe('pickExercise: "another one"', () => {
  it.each(['stretch', 'activation'] as const)('gives another %s, never the one replaced', (kind) => {
    for (const seed of SEEDS) {
      const current = `${kind[0]}0`;
      const { exercise } = pickExercise({
        catalogue: CATALOGUE,
        prefs: ALL,
        recent: [current],
        seed,
        sameKindAs: kind,
        exclude: current,
      });
      expect(exercise.kind).toBe(kind);
      expect(exercise.id).not.toBe(current);
    }
  });

  it('gives the only other exercise of that kind when just one exists', () => {
    const cat = [fixture('s1', 'stretch'), fixture('s2', 'stretch'), fixture('a1', 'activation')];
    const pick = pickExercise({ catalogue: cat, prefs: ALL, recent: ['s1'], seed: 5, sameKindAs: 'stretch', exclude: 's1' });
    expect(pick.exercise.id).toBe('s2');
  });

  it('gives an exercise of the other kind when none of the same kind is left', () => {
    const cat = [fixture('s1', 'stretch'), fixture('a1', 'activation')];
    const pick = pickExercise({ catalogue: cat, prefs: ALL, recent: ['s1'], seed: 5, sameKindAs: 'stretch', exclude: 's1' });
    expect(pick.exercise.id).toBe('a1');
  });

  it('returns the excluded one only when it is the only exercise allowed', () => {
    const cat = [fixture('s1', 'stretch')];
    const pick = pickExercise({ catalogue: cat, prefs: ALL, recent: ['s1'], seed: 5, sameKindAs: 'stretch', exclude: 's1' });
    expect(pick.exercise.id).toBe('s1');
  });
});

describe('pickExercise: fallback', () => {
  const floorOnly = [
    fixture('f1', 'stretch', 'floor', 'none', false),
    fixture('c1', 'stretch', 'seated', 'chair'),
    fixture('c2', 'activation', 'seated', 'band'),
    fixture('d1', 'activation', 'standing', 'desk'),
  ];

  it.each([
    [
      'discreet floor exercises when there are none',
      { positions: ['floor'], allowBand: true, officeDiscreetOnly: true, allowBall: false, precautions: [] },
    ],
    [
      'band-only standing when bands are not allowed',
      { positions: ['standing'], allowBand: false, officeDiscreetOnly: false, allowBall: false, precautions: [] },
    ],
  ] as [string, ExercisePrefs][])('asking for %s falls back to seated exercises and says so', (_, prefs) => {
    const cat = [...floorOnly, fixture('b1', 'activation', 'standing', 'band')].filter((e) => e.id !== 'd1');
    for (const seed of SEEDS) {
      const pick = pickExercise({ catalogue: cat, prefs, recent: [], seed });
      expect(pick.fellBack).toBe(true);
      expect(pick.exercise.position).toBe('seated');
    }
  });

  it('falls back to band-free seated exercises when no band is allowed', () => {
    const prefs: ExercisePrefs = { positions: ['floor'], allowBand: false, officeDiscreetOnly: true, allowBall: false, precautions: [] };
    for (const seed of SEEDS) expect(pickExercise({ catalogue: floorOnly, prefs, recent: [], seed }).exercise.id).toBe('c1');
  });

  it('does not fall back while anything is allowed', () => {
    expect(pickExercise({ catalogue: floorOnly, prefs: { ...ALL, positions: ['floor'] }, recent: [], seed: 1 })).toEqual({
      exercise: floorOnly[0],
      fellBack: false,
    });
  });

  it('throws only on an empty catalogue', () => {
    expect(() => pickExercise({ catalogue: [], prefs: ALL, recent: [], seed: 1 })).toThrow(/empty/);
  });
});

describe('pickExercise: determinism', () => {
  it('gives the same pick for the same seed and different picks across seeds', () => {
    const input = { catalogue: CATALOGUE, prefs: ALL, recent: ['s0'] };
    const picks = SEEDS.map((seed) => pickExercise({ ...input, seed }).exercise.id);
    expect(SEEDS.map((seed) => pickExercise({ ...input, seed }).exercise.id)).toEqual(picks);
    expect(new Set(Array.from({ length: 50 }, (_, seed) => pickExercise({ ...input, seed }).exercise.id)).size).toBeGreaterThan(5);
  });
});

describe('pickExercise: at a prompt, prefer standing (the user has been sitting)', () => {
  // Six of each position among the 20 fixtures; count standing picks over many seeds.
  const standingShare = (atPrompt: boolean) => {
    const seeds = Array.from({ length: 400 }, (_, i) => i * 7919 + 1);
    const picks = seeds.map((seed) => pickExercise({ catalogue: CATALOGUE, prefs: ALL, recent: ['s0'], seed, atPrompt }).exercise);
    return picks.filter((e) => e.position === 'standing').length / picks.length;
  };

  it('picks a standing exercise for most prompts, far more often than without the prompt', () => {
    expect(standingShare(true)).toBeGreaterThan(0.6);
    expect(standingShare(true)).toBeGreaterThan(standingShare(false) + 0.25);
  });

  it('still alternates kinds and avoids repeats at a prompt', () => {
    for (const seed of SEEDS) {
      const { exercise } = pickExercise({ catalogue: CATALOGUE, prefs: ALL, recent: ['s0'], seed, atPrompt: true });
      expect(exercise.kind).toBe('activation');
    }
  });

  it('picks seated when the user allows only seated', () => {
    for (const seed of SEEDS) {
      expect(
        pickExercise({ catalogue: CATALOGUE, prefs: { ...ALL, positions: ['seated'] }, recent: [], seed, atPrompt: true }).exercise
          .position,
      ).toBe('seated');
    }
  });
});

describe('pickExercise: screening answers', () => {
  it('never picks an exercise tagged with an answer, not even as a fallback', () => {
    const hip = [
      { ...CATALOGUE[0]!, id: 'hip', position: 'seated' as const, precautions: ['hip-replacement' as const] },
      ...CATALOGUE.slice(1),
    ];
    const prefs: ExercisePrefs = { ...ALL, precautions: ['hip-replacement'] };
    for (const seed of SEEDS) {
      expect(pickExercise({ catalogue: hip, prefs, recent: [], seed }).exercise.id).not.toBe('hip');
      // Nothing allowed by position: the seated fallback skips it too.
      expect(
        pickExercise({
          catalogue: hip,
          prefs: { ...prefs, positions: ['floor'], allowBand: false, officeDiscreetOnly: true },
          recent: [],
          seed,
        }).exercise.id,
      ).not.toBe('hip');
    }
  });
});
