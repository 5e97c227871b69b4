import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { EXERCISE_FILE_IDS, loadExercise } from '../../content/load-exercise';

describe('loading one exercise at a time', () => {
  it('has one file per catalogue exercise, named after its id, and no other', () => {
    expect([...EXERCISE_FILE_IDS].sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('loads %s as the same exercise the catalogue lists', async (id, exercise) => {
    // A separate copy of the module (its own chunk for the popup), equal in every field.
    expect(await loadExercise(id)).toEqual(exercise);
  });

  it.each(['', 'no-such-exercise', '../exercise'])('gives undefined for the unknown id %j', async (id) => {
    expect(await loadExercise(id)).toBeUndefined();
  });
});
