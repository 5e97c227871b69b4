import type { BoutOutcome } from '../history-entry';
import { MIN_LOGGED_NATURAL_MIN, type EngineConfig } from './config';
import type { Effect } from './events';
import { RECENT_KEEP, type TrackerState } from './tracker-state';
import { settleSession } from './session-rules';
import { firstWorkInstant, workPeriodEnd } from './work-hours';

/**
 * Time-driven rules shared by the engine step and computeStatus: everything
 * that happens merely because time passed with the activity unchanged. They
 * mutate `s` (a private copy) and push effects. Applying them at any later
 * moment gives the same result as applying them "on time", which is why no
 * alarm is needed for a pause ending, work hours starting or an absence
 * becoming a natural break.
 */

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

export function advance(s: TrackerState, now: number, cfg: EngineConfig, fx: Effect[]): void {
  settleSession(s, now, cfg, fx);
  // A pause that ran out: the user, if here, is ready for a fresh bout from then.
  if (typeof s.pausedUntil === 'number' && s.pausedUntil <= now) {
    const until = s.pausedUntil;
    s.pausedUntil = null;
    if (s.activity === 'active') s.readySince = until;
  }

  if (s.bout) {
    // The earlier of: an absence reaching the threshold, the work period ending.
    const naturalAt =
      s.activity !== 'active' && s.awaySince !== null && now - s.awaySince >= cfg.naturalBreakMs ? s.awaySince : null;
    let workEndAt: number | null = null;
    if (cfg.workHours.enabled) {
      const end = workPeriodEnd(s.bout.start, cfg.workHours);
      // A bout that started outside work hours (they were just switched on) ends when we notice.
      workEndAt = end !== null ? (end <= now ? end : null) : workPeriodEnd(now, cfg.workHours) === null ? now : null;
    }
    if (naturalAt !== null && (workEndAt === null || naturalAt <= workEndAt)) {
      endBout(s, naturalAt, 'natural', cfg, fx);
      s.readySince = null;
    } else if (workEndAt !== null) {
      endBout(s, workEndAt, 'workEnd', cfg, fx);
      s.readySince = s.activity === 'active' ? workEndAt : null;
    }
  }

  // Start the bout lazily: at the first work-hours instant since the user was ready.
  if (!s.bout && s.activity === 'active' && s.pausedUntil === null && s.readySince !== null) {
    const start = firstWorkInstant(s.readySince, cfg.workHours);
    // …unless that work period is over by now: ready again from its end (so one pass gives
    // what two would, and computeStatus, which makes one, agrees with the engine).
    const periodEnd = start !== null && cfg.workHours.enabled ? workPeriodEnd(start, cfg.workHours) : null;
    if (start !== null && periodEnd !== null && periodEnd <= now) s.readySince = periodEnd;
    else if (start !== null && start <= now) {
      s.bout = { start, creditedMs: 0, snoozes: 0, postponedMs: 0 };
      s.readySince = null;
    }
  }
}

/** Moves every stored time by `delta` (the clock went back): durations survive, nothing goes negative. */
export function shiftTimes(s: TrackerState, delta: number): void {
  const m = (t: number) => Math.max(0, t + delta);
  const mn = (t: number | null) => (t === null ? null : m(t));
  if (s.bout) s.bout.start = m(s.bout.start);
  s.awaySince = mn(s.awaySince);
  s.readySince = mn(s.readySince);
  if (s.prompt) {
    s.prompt.firstAt = m(s.prompt.firstAt);
    s.prompt.shownAt = mn(s.prompt.shownAt);
    s.prompt.until = mn(s.prompt.until);
  }
  if (typeof s.pausedUntil === 'number') s.pausedUntil = m(s.pausedUntil);
  s.wakeAt = mn(s.wakeAt);
  s.lastEventAt = m(s.lastEventAt);
  s.mediaSince = mn(s.mediaSince);
  if (s.session) {
    s.session.startedAt = m(s.session.startedAt);
    s.session.pausedAt = mn(s.session.pausedAt);
  }
}
