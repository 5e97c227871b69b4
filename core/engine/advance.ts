import { endBout } from './bout';
import type { EngineConfig } from './config';
import type { Effect } from './events';
import type { TrackerState } from './tracker-state';
import { settleSession } from './session-rules';
import { dayResumeAt, firstWorkInstant, workPeriodEnd } from './work-hours';

/**
 * Time-driven rules shared by the engine step and computeStatus: everything
 * that happens merely because time passed with the activity unchanged. They
 * mutate `s` (a private copy) and push effects. Applying them at any later
 * moment gives the same result as applying them "on time", which is why no
 * alarm is needed for a pause ending, work hours starting or an absence
 * becoming a natural break.
 */

export function advance(s: TrackerState, now: number, cfg: EngineConfig, fx: Effect[]): void {
  settleSession(s, now, cfg, fx);
  // "Until tomorrow" is that local date's morning in today's time zone (a flight moves the instant).
  if (s.pausedUntilDay !== undefined) {
    if (typeof s.pausedUntil === 'number') s.pausedUntil = dayResumeAt(s.pausedUntilDay, cfg.workHours);
    else delete s.pausedUntilDay;
  }
  // A pause that ran out: the user, if here, is ready for a fresh bout from then.
  if (typeof s.pausedUntil === 'number' && s.pausedUntil <= now) {
    const until = s.pausedUntil;
    s.pausedUntil = null;
    delete s.pausedUntilDay;
    if (s.activity === 'active') s.readySince = until;
  }

  if (s.bout) {
    // The earlier of: an absence reaching the threshold, the work period ending.
    const naturalAt = s.activity !== 'active' && s.awaySince !== null && now - s.awaySince >= cfg.naturalBreakMs ? s.awaySince : null;
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
  if (s.call) s.call = { since: m(s.call.since), quietSince: mn(s.call.quietSince) };
  if (s.bout?.snoozedAt !== undefined) s.bout.snoozedAt = m(s.bout.snoozedAt);
  if (s.session) {
    s.session.startedAt = m(s.session.startedAt);
    s.session.pausedAt = mn(s.session.pausedAt);
  }
}
