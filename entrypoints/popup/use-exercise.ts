import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../../core/exercise';
import type { Settings } from '../../core/settings/settings';
import type { ExerciseSource } from './exercise-source';

/**
 * The exercise to show for the current pick. A pick not loaded yet (another
 * exercise chosen while open) keeps the previous card until its chunk arrives.
 */
export function useExercise(exercises: ExerciseSource, id: string | null, settings: Settings): Exercise {
  const [, setLoaded] = useState(0);
  const shown = useRef<Exercise>();
  const ready = exercises.get(id, settings.exercises);
  useEffect(() => {
    if (!ready) void exercises.load(id, settings.exercises).then(() => setLoaded((n) => n + 1));
  }, [id, ready]);
  if (ready) shown.current = ready;
  return shown.current!;
}
