import type { Picker } from '../../core/engine';
import { filterCatalogue, pickExercise, type PickerEntry } from '../../core/picker/picker';
import type { Settings } from '../../core/settings/settings';

const otherKind = (kind: PickerEntry['kind']): PickerEntry['kind'] => (kind === 'stretch' ? 'activation' : 'stretch');

/**
 * The engine's Picker over the real catalogue and the user's exercise
 * preferences. "Another exercise" keeps the kind of the one it replaces on
 * one click and changes it on the next (the seed's low bit alternates with
 * each pick), so two clicks always reach the other kind: six activations in a
 * row told a user there were no stretches. The worker picks only for a break
 * prompt, so standing is preferred.
 */
export function createPicker(catalogue: readonly PickerEntry[], prefs: Settings['exercises']): Picker {
  const allowed = new Set(filterCatalogue(catalogue, prefs).map((e) => e.id));
  const pick: Picker = ({ recent, seed, anotherThan }) => {
    if (catalogue.length === 0) return null;
    const current = anotherThan === undefined ? undefined : catalogue.find((e) => e.id === anotherThan);
    return pickExercise({
      catalogue,
      prefs,
      recent,
      seed,
      atPrompt: true,
      ...(current ? { sameKindAs: (seed & 1) === 0 ? current.kind : otherKind(current.kind), exclude: current.id } : {}),
    }).exercise.id;
  };
  // An empty filtered pool falls back to the whole catalogue: then nothing is re-picked for fitting.
  pick.allows = (id) => allowed.size === 0 || allowed.has(id);
  return pick;
}
