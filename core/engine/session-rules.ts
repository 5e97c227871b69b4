import { SESSION_GRACE_MS, SESSION_STALE_MS, sessionEndAt } from '../session/guided-session';
import type { EngineConfig } from './config';
import type { Effect } from './events';
import { endBout } from './bout';
import type { TrackerState } from './tracker-state';

/**
 * The running guided minute inside the engine. The worker owns it, so it is
 * finished (logged, the bout restarted) at its planned end even when the
 * popup was closed, and a popup that also reports the end finds nothing left
 * to log: one entry, whoever comes first.
 */

/** Time-driven: a session past its planned end (+ grace) is finished at its end; a forgotten paused one is dropped. */
export function settleSession(s: TrackerState, now: number, cfg: EngineConfig, fx: Effect[]): void {
  const ses = s.session;
  if (!ses) return;
  const end = sessionEndAt(ses);
  if (end !== null && end + SESSION_GRACE_MS <= now) finishSession(s, end, cfg, fx, false);
  else if (now - ses.startedAt > SESSION_STALE_MS) dropSession(s, now);
}

/**
 * Logs the completed minute at `at` (taken if a prompt was out, else early) and starts a fresh bout
 * from then. `seen`: the user reported the end (a button); a minute that merely ran out (the popup
 * closed) proves nobody is here, so an idle or locked screen stays away until input comes back.
 */
export function finishSession(s: TrackerState, at: number, cfg: EngineConfig, fx: Effect[], seen = true): void {
  const id = s.session!.exerciseId;
  s.session = null;
  const outcome = s.prompt ? 'taken' : 'early';
  if (s.bout) endBout(s, at, outcome, cfg, fx, id);
  else fx.push({ type: 'appendHistory', entry: { start: at, end: at, screenMs: 0, outcome, snoozes: 0, exerciseId: id } });
  if (seen || s.activity === 'active') restartAfterBreak(s, at);
  else s.readySince = null;
}

/** Stopped without finishing: nothing logged; a prompt still out is nudged again one snooze length from now. */
export function dropSession(s: TrackerState, now: number): void {
  s.session = null;
  if (s.prompt?.phase === 'due') s.prompt = { ...s.prompt, shownAt: now, until: null };
}

/** A break done or skipped means the user is here: a fresh bout from `at` (unless paused). */
export function restartAfterBreak(s: TrackerState, at: number): void {
  if (s.activity !== 'active') {
    s.activity = 'active';
    s.awaySince = null;
  }
  s.mediaSince = null;
  if (s.pausedUntil === null) s.readySince = at;
}

/** The wake a session needs: its planned end (+ grace), or (paused) the moment it is forgotten. */
export function sessionWake(s: TrackerState): number | null {
  const ses = s.session;
  if (!ses) return null;
  const end = sessionEndAt(ses);
  return end !== null ? end + SESSION_GRACE_MS : ses.startedAt + SESSION_STALE_MS + 1;
}
