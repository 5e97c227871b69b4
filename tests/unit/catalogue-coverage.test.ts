import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../core/exercise';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { SEED_EXERCISES } from './seed-exercises';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { filterCatalogue, NO_REPEAT_WINDOW } from '../../core/picker/picker';

describe('seed coverage', () => {
  it.each(SEED_EXERCISES)('seed %s: "%s" is in the catalogue as %s, citing that seed', (seed, _, id) => {
    const e = exerciseById(id);
    expect(e).toBeDefined();
    expect(e!.sources).toContain(seed);
    expect(e!.adaptsFrom).toBeUndefined(); // the seed exercise itself, not a variant
  });

  it('lists each seed exercise once, even when several seeds describe it', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(exerciseById('glute-bridge')!.sources).toEqual(expect.arrayContaining(['000', '003', '004']));
  });

  it('holds only seed exercises and named adaptations of them', () => {
    const seedIds = new Set(SEED_EXERCISES.map(([, , id]) => id));
    const unexplained = EXERCISES.filter((e) => !seedIds.has(e.id) && !e.adaptsFrom).map((e) => e.id);
    expect(unexplained).toEqual([]);
  });

  it('has desk variants that each name the seed exercise they adapt', () => {
    const variants = EXERCISES.filter((e) => e.adaptsFrom);
    expect(variants.length).toBeGreaterThanOrEqual(5);
    for (const id of [
      'seated-glute-squeeze',
      'standing-kickback',
      'sit-to-stand-squeeze',
      'standing-side-leg-raise',
      'standing-hip-flexor-stretch',
    ]) {
      expect(exerciseById(id)?.adaptsFrom, id).toBeTruthy();
    }
  });
});

describe('an office desk with no floor space and no band (the new defaults)', () => {
  const desk = filterCatalogue(EXERCISES, DEFAULT_SETTINGS.exercises);
  const count = (kind: Exercise['kind']) => desk.filter((e) => e.kind === kind).length;

  it('still offers at least 12 exercises', () => {
    expect(desk.length).toBeGreaterThanOrEqual(12);
    for (const e of desk) expect(['none', 'chair', 'desk']).toContain(e.equipment);
  });

  it('offers about half stretches and half activation exercises (the chair-with-wheels swaps take two seated stretches out)', () => {
    expect(Math.abs(count('stretch') - count('activation'))).toBeLessThanOrEqual(3);
  });

  it('offers at least 8 standing exercises, so a prompt can get the user up', () => {
    expect(desk.filter((e) => e.position === 'standing').length).toBeGreaterThanOrEqual(8);
  });

  // Strict alternation shows 4 of each kind in the last 8, so each kind needs a 5th
  // for the picker to alternate without breaking the no-repeat window.
  it.each([
    ['desk, no band', desk],
    [
      'office-discreet only',
      filterCatalogue(EXERCISES, {
        positions: ['seated', 'standing', 'floor'],
        allowBand: false,
        officeDiscreetOnly: true,
        allowBall: false,
        precautions: [],
      }),
    ],
  ])('%s: has enough of each kind to alternate without repeats', (_, pool) => {
    for (const kind of ['stretch', 'activation'] as const) {
      expect(pool.filter((e) => e.kind === kind).length).toBeGreaterThanOrEqual(NO_REPEAT_WINDOW / 2 + 1);
    }
  });

  it('can be done entirely seated, with both kinds', () => {
    const seated = EXERCISES.filter((e) => e.position === 'seated' && e.equipment !== 'band');
    expect(new Set(seated.map((e) => e.kind))).toEqual(new Set(['stretch', 'activation']));
  });
});

describe('the whole catalogue', () => {
  it('balances stretches and activation (one without the other does not last)', () => {
    const stretches = EXERCISES.filter((e) => e.kind === 'stretch').length;
    expect(Math.abs(stretches - (EXERCISES.length - stretches))).toBeLessThanOrEqual(2);
  });
});
