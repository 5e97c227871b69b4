import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { withText } from '../../content/exercise-text';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadExercise } from '../../content/load-exercise';
import { REPO_ROOT } from './originality-seeds';
import { CATALOGUE } from '../../content/catalogue';
import { workerCatalogue } from '../../content/worker-catalogue';
import { pickerEntryOf } from '../../core/picker/picker';
import { exerciseName } from '../../utils/exercise-name';
import { useMessages } from '../setup';

describe('loading one exercise at a time', () => {
  it('has one file per catalogue exercise, named after its id, and no other', () => {
    const ids = readdirSync(path.join(REPO_ROOT, 'content/exercises')).map((f) => f.replace(/\.ts$/, ''));
    expect(ids.sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it('loads every exercise as the same exercise the catalogue lists', async () => {
    // A separate copy of the module (its own chunk for the popup), equal in every field.
    const loaded = await Promise.all(EXERCISES.map((e) => loadExercise(e.id, exerciseName)));
    expect(EXERCISES.filter((e, i) => JSON.stringify(loaded[i]) !== JSON.stringify(e)).map((e) => e.id)).toEqual([]);
    expect(loaded).toEqual(EXERCISES);
  });

  it.each(['', 'no-such-exercise', '../exercise'])('gives undefined for the unknown id %j', async (id) => {
    expect(await loadExercise(id, exerciseName)).toBeUndefined();
  });
});

describe('loading an exercise in the UI language', () => {
  it('a German browser gets the German name, steps and provenance for the clamshell', async () => {
    useMessages('de-DE');
    const de = (await loadExercise('clamshell', exerciseName, 'de-DE'))!;
    expect(de.name).toBe('Muschel');
    expect(de.steps[0]).toMatch(/^Leg dich auf die linke Seite/);
    expect(de.provenance).toMatch(/^Aus: /);
    expect(de.dose).toEqual(EXERCISES.find((e) => e.id === 'clamshell')!.dose);
  });

  it('a desk variant names the exercise it adapts in the German provenance', async () => {
    useMessages('de');
    const de = (await loadExercise('desk-pigeon', exerciseName, 'de'))!;
    expect(de.provenance).toMatch(/^Schreibtischversion von „.+“ · aus: /);
  });

  it('a language with no text folder gets the English exercise', async () => {
    expect(await loadExercise('clamshell', exerciseName, 'fr-FR')).toEqual(EXERCISES.find((e) => e.id === 'clamshell'));
  });

  it('a translation missing a field shows that field in English and the rest translated', () => {
    const english = EXERCISES.find((e) => e.id === 'clamshell')!;
    const { name: _n, provenance: _p, ...words } = english;
    const mixed = withText(english, english.name, words, { feel: 'Außen am Gesäß.', harder: '' });
    expect([mixed.feel, mixed.harder, mixed.easier]).toEqual(['Außen am Gesäß.', english.harder, english.easier]);
  });
});

describe('the worker names the exercise in the UI language', () => {
  // The browser serves the UI language's messages (English for a message or language it lacks).
  it.each([
    ['de', 'Muschel'],
    ['de-CH', 'Muschel'],
    ['es', 'Almeja'],
    ['en', 'Clamshell'],
  ])('a %s notification says "%s"', (lang, name) => {
    useMessages(lang);
    expect(workerCatalogue(exerciseName).find((e) => e.id === 'clamshell')?.name).toBe(name);
  });

  it('knows every exercise of the catalogue by the same picker facts, each with a name', () => {
    useMessages('de');
    const worker = workerCatalogue(exerciseName);
    expect(worker.map(({ name: _n, ...facts }) => facts)).toEqual(CATALOGUE.map(pickerEntryOf));
    expect(worker.filter((e) => e.name === e.id || e.name === '')).toEqual([]);
  });

  it('an id with no name message (an exercise from a newer version, in old history) shows its id', () => {
    expect(exerciseName('no-such-exercise')).toBe('no-such-exercise');
  });
});
