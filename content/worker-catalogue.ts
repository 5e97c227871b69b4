import type { PickerEntry } from '../core/picker';
import { CATALOGUE } from './catalogue';
import names from './text/en/names';

/** What the worker knows of an exercise: the picker's facts and a name for the notification. */
export type NamedEntry = PickerEntry & { name: string };

/**
 * The catalogue as the worker loads it at every start: facts and English
 * names only; steps, cautions and coaching text stay in the popup's chunks.
 */
export const WORKER_CATALOGUE: readonly NamedEntry[] = CATALOGUE.map((e) => ({
  id: e.id,
  kind: e.kind,
  position: e.position,
  equipment: e.equipment,
  officeDiscreet: e.officeDiscreet,
  precautions: e.precautions,
  name: names[e.id] ?? e.id,
}));
