import { dueAt } from './advance';
import { DEFER_RECHECK_MIN, MAX_DEFER_CHECKS, MAX_NUDGES, type EngineConfig } from './config';
import type { Effect } from './events';
import type { StepContext } from './step-context';
import type { Prompt, TrackerState } from './tracker-state';
import { firstWorkInstant, isWorkTime, workPeriodEnd } from './work-hours';

/** Shows the prompt now, or holds it while the focused window is fullscreen (bounded). */
function show(s: TrackerState, ctx: StepContext, fx: Effect[]): void {
  const p = s.prompt!;
  const { now, config: cfg } = ctx;
  if (cfg.deferWhileFullscreen && ctx.fullscreen && p.checks < MAX_DEFER_CHECKS) {
    s.prompt = { ...p, phase: 'deferred', until: now + DEFER_RECHECK_MIN * cfg.minuteMs, checks: p.checks + 1 };
    return;
  }
  s.prompt = { ...p, phase: 'due', shownAt: now, until: null, checks: 0 };
  fx.push({ type: 'showNotification', exerciseId: s.exerciseId, nudge: p.nudges });
}

/** When the prompt becomes due, is re-shown (snooze end, nudge) or held (fullscreen). */
export function promptRules(s: TrackerState, ctx: StepContext, fx: Effect[]): void {
  const { now, config: cfg } = ctx;
  if (!s.bout || s.activity !== 'active' || s.pausedUntil !== null || !isWorkTime(now, cfg.workHours)) return;
  const p = s.prompt;
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
      if ((p.until !== null && p.until <= now) || !ctx.fullscreen || !cfg.deferWhileFullscreen) show(s, ctx, fx);
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
  if (s.pausedUntil === 'indefinitely' || s.activity !== 'active') return null;
  let wake: number | null;
  if (typeof s.pausedUntil === 'number') {
    // Wake straight at the first prompt of the fresh bout the pause's end starts.
    const start = firstWorkInstant(s.pausedUntil, cfg.workHours);
    wake = start === null ? null : start + cfg.intervalMs;
  } else if (!s.bout) {
    const start = s.readySince === null ? null : firstWorkInstant(s.readySince, cfg.workHours);
    wake = start === null ? null : start + cfg.intervalMs;
  } else {
    const p = s.prompt;
    if (!p) wake = dueAt(s, cfg);
    else if (p.phase !== 'due') wake = p.until;
    else if (nudgesLeft(s, cfg)) wake = (p.shownAt ?? p.firstAt) + cfg.snoozeMs;
    else wake = watchAt(p, cfg);
    // Wake at the end of the work period too: the bout ends and the badge clears.
    const end = workPeriodEnd(s.bout.start, cfg.workHours);
    if (end !== null && (wake === null || end < wake)) wake = end;
  }
  return wake === null ? null : Math.max(wake, now + 1);
}

