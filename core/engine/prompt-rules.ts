import { dueAt, snoozesLeft } from './bout';
import { DEFER_RECHECK_MIN, MAX_DEFER_CHECKS, MAX_NUDGES, MEDIA_RECHECK_MIN, SIGN_OF_LIFE_MIN, type EngineConfig } from './config';
import type { Effect } from './events';
import { sessionWake } from './session-rules';
import type { StepContext } from './step-context';
import type { Prompt, TrackerState } from './tracker-state';
import { firstWorkInstant, isWorkTime, workPeriodEnd } from './work-hours';

/** Shows the prompt now, or holds it while the focused window is fullscreen (bounded). */
function show(s: TrackerState, ctx: StepContext, fx: Effect[]): void {
  const p = s.prompt!;
  const { now, config: cfg } = ctx;
  // Held during a fullscreen video or a call (bounded): shown when it ends.
  const watching =
    (cfg.deferWhileFullscreen && ctx.fullscreen) || (cfg.countMediaAsSitting && (s.mediaSince !== null || ctx.media?.sharing));
  // Sound alone with no input may be an empty room (music at lunch): held for the whole spell,
  // which its cap bounds; a call or a fullscreen video is someone watching: held 30 min at most.
  const soundOnly = s.mediaSince !== null && !ctx.fullscreen && !ctx.media?.sharing;
  if (watching && (p.checks < MAX_DEFER_CHECKS || soundOnly)) {
    s.prompt = { ...p, phase: 'deferred', until: now + DEFER_RECHECK_MIN * cfg.minuteMs, checks: p.checks + 1 };
    return;
  }
  s.prompt = { ...p, phase: 'due', shownAt: now, until: null, checks: 0 };
  fx.push({
    type: 'showNotification',
    exerciseId: s.exerciseId,
    nudge: p.nudges,
    snoozesLeft: snoozesLeft(s, cfg),
  });
}

/** When the prompt becomes due, is re-shown (snooze end, nudge) or held (fullscreen, a call). */
export function promptRules(s: TrackerState, ctx: StepContext, fx: Effect[]): void {
  const { now, config: cfg } = ctx;
  if (!s.bout || s.activity !== 'active' || s.pausedUntil !== null || !isWorkTime(now, cfg.workHours)) return;
  if (s.session) return; // the break is under way: no prompt, no nudge
  const p = s.prompt;
  if (p && now < dueAt(s, cfg)!) {
    // The interval was raised past the bout: nothing is due any more.
    s.prompt = null;
    fx.push({ type: 'clearNotification' });
    return;
  }
  if (!p) {
    if (now >= dueAt(s, cfg)!) {
      s.prompt = { phase: 'due', firstAt: now, shownAt: null, nudges: 0, until: null, checks: 0 };
      show(s, ctx, fx);
    }
    return;
  }
  switch (p.phase) {
    case 'snoozed':
      if (p.until !== null && p.until <= now) {
        s.prompt = { ...p, nudges: 0, checks: 0 };
        show(s, ctx, fx);
      }
      return;
    case 'deferred':
      if ((p.until !== null && p.until <= now) || !stillWatching(s, ctx)) show(s, ctx, fx);
      return;
    case 'due':
      if (nudgesLeft(s, cfg)) {
        if (p.shownAt !== null && now >= p.shownAt + cfg.snoozeMs) {
          s.prompt = { ...p, nudges: p.nudges + 1 };
          show(s, ctx, fx);
        }
      } else if (watchAt(p, cfg) <= now) {
        // Nudges are done: a silent check once per interval, only so that a
        // sleep or a closed browser still shows up as a late wake.
        s.prompt = { ...p, until: now + cfg.intervalMs };
      }
      return;
  }
}

function stillWatching(s: TrackerState, ctx: StepContext): boolean {
  const cfg = ctx.config;
  return (
    (cfg.deferWhileFullscreen && ctx.fullscreen === true) ||
    (cfg.countMediaAsSitting && (s.mediaSince !== null || ctx.media?.sharing === true))
  );
}

/** Once nudges are done, when to check silently that the machine is still awake. */
function watchAt(p: Prompt, cfg: EngineConfig): number {
  return p.until ?? (p.shownAt ?? p.firstAt) + cfg.intervalMs;
}

function nudgesLeft(s: TrackerState, cfg: EngineConfig): boolean {
  return cfg.repeatNudges && s.prompt !== null && s.prompt.nudges < MAX_NUDGES;
}

/**
 * The one moment the worker must wake next; null when only a user event can
 * change anything. While a bout runs and the user is active there is always a
 * wake within one interval, so any sleep or closed browser longer than
 * interval + threshold shows up as a late wake.
 */
export function nextWake(s: TrackerState, now: number, cfg: EngineConfig): number | null {
  const wake = wantedWake(s, now, cfg);
  return wake === null ? null : Math.max(wake, now + 1);
}

function wantedWake(s: TrackerState, now: number, cfg: EngineConfig): number | null {
  if (s.session) return sessionWake(s);
  if (s.pausedUntil === 'indefinitely') return null;
  if (s.activity !== 'active') {
    // Away with a bout (and maybe the badge on): one wake when the absence becomes a natural break.
    return s.bout && s.awaySince !== null ? s.awaySince + cfg.naturalBreakMs : null;
  }
  let wake: number | null;
  if (typeof s.pausedUntil === 'number') {
    // Wake when the fresh bout would start: a browser closed across that moment shows up as a late wake,
    // so the bout never starts before the user was seen.
    wake = firstWorkInstant(s.pausedUntil, cfg.workHours);
  } else if (!s.bout) {
    // Same for the start of work hours.
    wake = s.readySince === null ? null : firstWorkInstant(s.readySince, cfg.workHours);
  } else {
    const p = s.prompt;
    // A sign of life at most SIGN_OF_LIFE_MIN after the last change, so a sleep cuts little of the bout.
    if (!p) wake = Math.min(dueAt(s, cfg)!, s.lastEventAt + SIGN_OF_LIFE_MIN * cfg.minuteMs);
    else if (p.phase !== 'due') wake = p.until;
    else if (nudgesLeft(s, cfg)) wake = (p.shownAt ?? p.firstAt) + cfg.snoozeMs;
    else wake = watchAt(p, cfg);
    // Wake at the end of the work period too: the bout ends and the badge clears.
    const end = workPeriodEnd(s.bout.start, cfg.workHours);
    if (end !== null && (wake === null || end < wake)) wake = end;
  }
  // Sitting with media and no input: re-check that it still plays.
  if (s.mediaSince !== null) wake = Math.min(wake ?? Infinity, s.lastEventAt + MEDIA_RECHECK_MIN * cfg.minuteMs);
  return wake;
}
