import type { BoutOutcome } from '../history/history-entry';
import { MIN_LOGGED_NATURAL_MIN, type EngineConfig } from './config';
import type { Effect } from './events';
import { RECENT_KEEP, type TrackerState } from './tracker-state';

/**
 * The running bout: its screen time, when its prompt is due, and how it ends.
 * Shared by the time-driven rules (advance.ts), the session rules and the
 * user's actions, so none of them imports another's module.
 */

/** Snoozes (or postpones) the current bout still allows; none once the limit is spent. */
export function snoozesLeft(s: Pick<TrackerState, 'bout'>, cfg: Pick<EngineConfig, 'snoozeLimit'>): number {
  return Math.max(0, cfg.snoozeLimit - (s.bout?.snoozes ?? 0));
}

/** Screen time of the running bout at `at` (or when the user left, if away): never negative, never more than wall time. */
export function screenMsAt(s: TrackerState, at: number): number {
  const b = s.bout;
  if (!b) return 0;
  const end = Math.min(at, s.awaySince ?? at);
  return Math.max(0, Math.min(end - b.start - b.creditedMs, end - b.start));
}

/** When the running bout's prompt is due, with credited absences pushed on top. */
export function dueAt(s: TrackerState, cfg: EngineConfig): number | null {
  return s.bout ? s.bout.start + s.bout.creditedMs + s.bout.postponedMs + cfg.intervalMs : null;
}

export type EndReason = 'natural' | 'workEnd' | 'pause' | Exclude<BoutOutcome, 'natural' | 'ignored'>;

/** Ends the running bout at `at`, logging it when the outcome says something. */
export function endBout(s: TrackerState, at: number, reason: EndReason, cfg: EngineConfig, fx: Effect[], exerciseId?: string): void {
  const b = s.bout;
  if (!b) return;
  const prompt = s.prompt;
  const shown = prompt !== null && prompt.shownAt !== null;
  // Ignored only if it came due before the user left: one that came due during a media spell the
  // cap later read as away (music at lunch) was shown to an empty room.
  const ignored = prompt?.phase === 'due' && shown && prompt.firstAt <= at;
  let outcome: BoutOutcome | null;
  switch (reason) {
    case 'natural':
      outcome = ignored ? 'ignored' : 'natural';
      break;
    case 'workEnd':
      outcome = ignored ? 'ignored' : null; // the working day ended; no break to report
      break;
    case 'pause':
      outcome = prompt ? 'skipped' : null; // pausing a due prompt is declining it
      break;
    default:
      outcome = reason;
  }
  const end = Math.max(at, b.start);
  const screenMs = screenMsAt(s, end);
  if (outcome === 'natural' && screenMs < MIN_LOGGED_NATURAL_MIN * cfg.minuteMs) outcome = null;
  const done = exerciseId ?? s.exerciseId ?? undefined;
  if (outcome !== null) {
    fx.push({
      type: 'appendHistory',
      entry: {
        start: b.start,
        end,
        screenMs,
        outcome,
        snoozes: b.snoozes,
        ...(done !== undefined && (shown || outcome === 'taken' || outcome === 'early') ? { exerciseId: done } : {}),
      },
    });
  }
  if (prompt) fx.push({ type: 'clearNotification' });
  // The exercise was seen or done: remember it and pick another for the next break.
  if (shown || outcome === 'taken' || outcome === 'early') {
    if (done !== undefined) s.recent = [done, ...s.recent.filter((id) => id !== done)].slice(0, RECENT_KEEP);
    s.exerciseId = null;
  }
  s.bout = null;
  s.prompt = null;
}
