/**
 * What the UI shows about the tracker, computed purely from the stored tracker
 * state, the settings and `now` (core/engine implements `computeStatus`).
 */
export type TrackerPhase =
  | 'active' // at the screen, bout running, prompt not yet due
  | 'away' // idle or locked right now
  | 'due' // prompt shown, waiting for the user
  | 'snoozed'
  | 'paused'
  | 'outside' // outside work hours
  | 'deferred' // due, held back while a window is fullscreen or a call runs
  | 'break'; // a guided minute is under way

export interface Status {
  phase: TrackerPhase;
  /** Start of the current sitting bout (epoch ms), null when none is running. */
  boutStart: number | null;
  /** Screen time in the current bout, ms (short absences credited back). */
  screenMs: number;
  /** When the next prompt will come if nothing changes (epoch ms). */
  nextPromptAt: number | null;
  snoozedUntil: number | null;
  /** Snoozes (or postpones) this break still allows. */
  snoozesLeft: number;
  /** Epoch ms, 'indefinitely', or null when not paused. */
  pausedUntil: number | 'indefinitely' | null;
  /** Exercise picked for the coming/current break. */
  exerciseId: string | null;
}
