import type { ExercisePosition } from '../exercise';
import type { TrackerPhase } from '../engine/status-types';

/** A seated exercise shown for a due prompt begins with standing up and a few steps. */
export function standsUpFirst(position: ExercisePosition, phase: TrackerPhase): boolean {
  return position === 'seated' && (phase === 'due' || phase === 'deferred');
}
