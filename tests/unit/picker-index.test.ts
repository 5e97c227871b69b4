import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../content/catalogue';
import { PICKER_INDEX } from '../../content/picker-index';
import { filterCatalogue, pickerEntryOf } from '../../core/picker/picker';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';

describe("the worker's picker index (content/picker-index.ts)", () => {
  it('holds every exercise of the catalogue with the same picker facts, in the same order (else: npm run catalogue:index)', () => {
    expect(PICKER_INDEX).toEqual(CATALOGUE.map(pickerEntryOf));
  });

  it('keeps nothing the picker does not read: no dose, steps, sources or words', () => {
    const keys = new Set(PICKER_INDEX.flatMap((e) => Object.keys(e)));
    expect([...keys].sort()).toEqual(['equipment', 'id', 'kind', 'officeDiscreet', 'position', 'precautions']);
  });

  it('offers a user with default settings the same exercises as the full catalogue', () => {
    const prefs = DEFAULT_SETTINGS.exercises;
    expect(filterCatalogue(PICKER_INDEX, prefs).map((e) => e.id)).toEqual(filterCatalogue(CATALOGUE, prefs).map((e) => e.id));
  });
});
