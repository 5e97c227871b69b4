import type { PickerEntry } from '../core/picker/picker';
import { PICKER_INDEX } from './picker-index';

/** What the worker knows of an exercise: the picker's facts and a name for the notification. */
export type NamedEntry = PickerEntry & { name: string };

/**
 * The catalogue as the worker loads it at every start: the picker index and
 * each name from `nameOf` (the UI messages, utils/exercise-name.ts); doses,
 * steps, cautions and coaching text stay in the popup's chunks.
 */
export function workerCatalogue(nameOf: (id: string) => string): readonly NamedEntry[] {
  return PICKER_INDEX.map((e) => ({ ...e, name: nameOf(e.id) }));
}
