import type { PickerEntry } from '../core/picker';
import { PICKER_INDEX } from './picker-index';
import names from './text/en/names';
import type { NameTranslation } from './exercise';

/** What the worker knows of an exercise: the picker's facts and a name for the notification. */
export type NamedEntry = PickerEntry & { name: string };

// Every language's names, eagerly: a service worker cannot import() a chunk
// later, and the names are ~1 kB per language.
const translatedNames = import.meta.glob<NameTranslation>(['./text/*/names.ts', '!./text/en/names.ts'], { import: 'default', eager: true });

/**
 * The catalogue as the worker loads it at every start: facts and names in the
 * UI language (English for any name missing); steps, cautions and coaching
 * text stay in the popup's chunks.
 */
export function workerCatalogue(tag: string): readonly NamedEntry[] {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  const local = translatedNames[`./text/${base}/names.ts`] ?? {};
  return WORKER_CATALOGUE.map((e) => ({ ...e, name: local[e.id] || e.name }));
}

/** With English names. */
export const WORKER_CATALOGUE: readonly NamedEntry[] = PICKER_INDEX.map((e) => ({ ...e, name: names[e.id] ?? e.id }));
