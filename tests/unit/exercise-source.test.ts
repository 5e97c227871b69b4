import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById } from '../../content/exercises';
import { filterCatalogue } from '../../core/picker/picker';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { lazyExerciseSource } from '../../entrypoints/popup/exercise-source';
import { exerciseName } from '../../utils/exercise-name';

const all = DEFAULT_SETTINGS.exercises;
const deskOnly = {
  positions: ['seated', 'standing'] as ('seated' | 'standing')[],
  allowBand: false,
  officeDiscreetOnly: true,
  allowBall: false,
  precautions: [],
};

describe('the popup loads only the exercise it shows', () => {
  it('has nothing before loading, then the picked exercise', async () => {
    const source = lazyExerciseSource(exerciseName);
    expect(source.get('glute-bridge', all)).toBeUndefined();
    expect(await source.load('glute-bridge', all)).toEqual(exerciseById('glute-bridge'));
    expect(source.get('glute-bridge', all)).toEqual(exerciseById('glute-bridge'));
  });

  it.each([
    ['no pick yet (null)', null],
    ['an id this version does not know', 'retired-exercise'],
  ])('with %s, shows the first exercise the preferences allow', async (_, id) => {
    const source = lazyExerciseSource(exerciseName);
    const shown = await source.load(id, deskOnly);
    expect(shown).toEqual(filterCatalogue(EXERCISES, deskOnly)[0]);
    expect(source.get(id, deskOnly)).toBe(shown);
  });
});
