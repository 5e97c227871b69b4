import type { HistoryEntry } from '../history/history-entry';
import type { UserAction } from '../messages';
import type { Settings } from '../settings/settings';
import type { ToolbarLook } from './toolbar-look';
import type { Activity, PromptCause } from './tracker-state';

/** Everything that can happen to the tracker, as the background reports it. */
export type EngineEvent =
  /** Worker (re)start, browser start, install/update: reconcile and catch up. `activity` from idle.queryState. */
  | { type: 'start'; reason: 'worker' | 'browser' | 'installed'; activity?: Activity; activitySince?: number }
  /**
   * idle.onStateChanged. `since`: when the absence really began (idle: now − detection interval).
   * `pause`: reported under the short detection interval of a prompt's natural-pause wait: a pause in
   * the person's work, not an absence (the natural-break threshold and the short-absence credit
   * still come from the usual interval's reports).
   */
  | { type: 'activity'; activity: Activity; since?: number; pause?: boolean }
  /** The person switched tab or window (tabs.onActivated, windows.onFocusChanged): a natural pause. */
  | { type: 'switch' }
  /** A tab started or stopped playing sound or sharing, or closed (tabs.onUpdated, tabs.onRemoved): media is looked at again. */
  | { type: 'media' }
  /** Our alarm fired; `scheduledTime` as the browser reports it; `activity` from idle.queryState (recovers a lost report). */
  | { type: 'alarm'; scheduledTime: number; activity?: Activity; activitySince?: number }
  /**
   * Settings changed somewhere (the new settings are in the context). `workHoursBefore`: the work hours the
   * toolbar's look was read with, when the worker knows them (a change of hours can change that look).
   */
  | { type: 'settings'; workHoursBefore?: Settings['workHours'] }
  | { type: 'action'; action: UserAction };

/** What the background must do after an event. Alarms are the difference between old and new `wakeAt`. */
export type Effect =
  | { type: 'setAlarm'; at: number }
  | { type: 'clearAlarm' }
  /** nudge: 0 for the prompt itself, 1..MAX_NUDGES for reminders of it. */
  | { type: 'showNotification'; exerciseId: string | null; nudge: number; snoozesLeft: number; words: PromptWords }
  | { type: 'clearNotification' }
  | { type: 'setBadge'; due: boolean }
  /** The toolbar icon and tooltip changed (paused, outside work hours, due, running): only at a change. */
  | { type: 'setToolbar'; look: ToolbarLook }
  | { type: 'appendHistory'; entry: HistoryEntry }
  /** Undo of a Skip or "I already moved": the entry it logged goes (matched by start, end and outcome). */
  | { type: 'removeHistory'; entry: { start: number; end: number; outcome: string } }
  | { type: 'openBreak' };

/** What a prompt says: how long the person has sat, why it comes now, and which of the phrasings. */
export interface PromptWords {
  /** Screen time of the bout, whole minutes. */
  satMin: number;
  cause?: PromptCause;
  /** callEnded / longCall: the call's length, whole minutes. */
  callMin?: number;
  /** Index of the phrasing (0 … PROMPT_PHRASINGS − 1), never the same twice in a row. */
  phrase: number;
}

/** Picks the exercise for the next break. Injected so core/engine does not depend on the catalogue. */
export type Picker = ((req: { recent: readonly string[]; seed: number; anotherThan?: string }) => string | null) & {
  /** Whether the user's preferences still allow this exercise (a settings change may exclude it). */
  allows?: (id: string) => boolean;
};
