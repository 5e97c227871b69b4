import type { Exercise } from '../../content/exercise';
import type { Picker } from '../../core/engine';
import { pickExercise } from '../../core/picker';
import type { Settings } from '../../core/settings';

/**
 * The engine's Picker over the real catalogue and the user's exercise
 * preferences. "Another exercise" keeps the kind of the one it replaces.
 */
export function createPicker(catalogue: readonly Exercise[], prefs: Settings['exercises']): Picker {
  return ({ recent, seed, anotherThan }) => {
    if (catalogue.length === 0) return null;
    const current = anotherThan === undefined ? undefined : catalogue.find((e) => e.id === anotherThan);
    return pickExercise({
      catalogue,
      prefs,
      recent,
      seed,
      ...(current ? { sameKindAs: current.kind, exclude: current.id } : {}),
    }).exercise.id;
  };
}
