/**
 * One ended sitting bout, as logged by the background worker.
 * Times are epoch milliseconds.
 */
export const BOUT_OUTCOMES = [
  'taken', // prompted, the user did the guided break (Done)
  'moved', // "I already moved" (from a prompt or early)
  'skipped', // prompted, the user pressed Skip
  'ignored', // prompted, nudged, never answered until a natural break ended the bout
  'natural', // no prompt yet: the user was away long enough (idle, lock, sleep)
  'early', // a break done before the prompt was due
] as const;
export type BoutOutcome = (typeof BOUT_OUTCOMES)[number];

export interface HistoryEntry {
  /** When the bout started (user became active). */
  start: number;
  /** When the bout ended. */
  end: number;
  /** Screen time in the bout (short absences credited back), ms. */
  screenMs: number;
  outcome: BoutOutcome;
  /** How many times the prompt was snoozed in this bout. */
  snoozes: number;
  /** Exercise shown or done for this break, if any. */
  exerciseId?: string;
}

export const HISTORY_VERSION = 1;
export const HISTORY_KEEP_DAYS = 90;

/** Stored whole under `history` in storage.local. */
export interface HistoryLog {
  version: typeof HISTORY_VERSION;
  entries: HistoryEntry[];
}
