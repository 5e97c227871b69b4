import type { Picker } from '../../core/engine';
import { pickExercise, type PickerEntry } from '../../core/picker';
import type { Settings } from '../../core/settings';

/**
 * The engine's Picker over the real catalogue and the user's exercise
 * preferences. "Another exercise" keeps the kind of the one it replaces.
 * The worker picks only for a break prompt, so standing is preferred.
 */
export function createPicker(catalogue: readonly PickerEntry[], prefs: Settings['exercises']): Picker {
  return ({ recent, seed, anotherThan }) => {
    if (catalogue.length === 0) return null;
    const current = anotherThan === undefined ? undefined : catalogue.find((e) => e.id === anotherThan);
    return pickExercise({
      catalogue,
      prefs,
      recent,
      seed,
      atPrompt: true,
      ...(current ? { sameKindAs: current.kind, exclude: current.id } : {}),
    }).exercise.id;
  };
}
