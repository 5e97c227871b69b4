import type { UserAction } from '../messages';
import { advance, dueAt, endBout, shiftTimes } from './advance';
import { DEFER_RECHECK_MIN, MAX_DEFER_CHECKS, MAX_NUDGES, type EngineConfig } from './config';
import type { Effect, EngineEvent, Picker } from './events';
import { sameState } from './same-state';
import type { Prompt, TrackerState } from './tracker-state';
import { firstWorkInstant, isWorkTime, tomorrowStart, workPeriodEnd } from './work-hours';

export interface StepContext {
  now: number;
  config: EngineConfig;
  /** Whether the focused browser window is fullscreen right now (the background looks before each event). */
  fullscreen?: boolean;
  pick?: Picker;
}

export interface StepResult {
  /** The same object as the input state when nothing changed (so the caller skips the write). */
  state: TrackerState;
  effects: Effect[];
}

/**
 * The engine: (state, event, context) → (state, effects). Pure and
 * deterministic: the same stored state and event always give the same result,
 * so a worker killed between any two events behaves exactly as one that never
 * died.
 */
export function step(prev: TrackerState, event: EngineEvent, ctx: StepContext): StepResult {
  const { now, config: cfg } = ctx;
  const s = structuredClone(prev);
  const fx: Effect[] = [];

  // The clock went back: move the whole state with it, so no duration turns negative.
  if (now < s.lastEventAt) shiftTimes(s, now - s.lastEventAt);
  // A fresh (or reset) state: the user is here from now on.
  if (s.activity === 'active' && !s.bout && s.readySince === null && s.pausedUntil === null) s.readySince = now;

  catchUpLateWake(s, event, ctx, fx);
  advance(s, now, cfg, fx);
  applyEvent(s, event, ctx, fx);
  advance(s, now, cfg, fx);
  promptRules(s, ctx, fx);

  if (s.exerciseId === null && ctx.pick) pickNext(s, ctx.pick);
  s.wakeAt = nextWake(s, now, cfg);

  if (s.wakeAt !== prev.wakeAt) fx.push(s.wakeAt === null ? { type: 'clearAlarm' } : { type: 'setAlarm', at: s.wakeAt });
  if ((s.prompt !== null) !== (prev.prompt !== null)) fx.push({ type: 'setBadge', due: s.prompt !== null });

  if (sameState(s, prev, 'lastEventAt')) return { state: prev, effects: fx };
  s.lastEventAt = now;
  return { state: s, effects: fx };
}

/**
 * Sleep / browser closed. Our alarm (or, at a start, the wake we had asked
 * for) coming more than the natural-break threshold after its time means the
 * machine or browser was not running: an absence. It began no later than the
 * scheduled time and no earlier than the last change we saw, which is the
 * last moment we know the user was here, so the bout ends there.
 * A stale delivery (scheduled before our last change) proves nothing.
 */
function catchUpLateWake(s: TrackerState, event: EngineEvent, ctx: StepContext, fx: Effect[]): void {
  const scheduled =
    event.type === 'alarm' ? event.scheduledTime
    : event.type === 'start' && s.wakeAt !== null && s.wakeAt <= ctx.now ? s.wakeAt
    : null;
  if (scheduled === null || scheduled <= s.lastEventAt || ctx.now - scheduled <= ctx.config.naturalBreakMs) return;
  if (s.activity !== 'active') return; // already away: the absence is measured from awaySince
  s.activity = 'idle';
  s.awaySince = Math.max(s.lastEventAt, s.bout?.start ?? 0);
  s.readySince = null;
  advance(s, ctx.now, ctx.config, fx);
  // The machine is running again, so someone woke it: the user is back.
  comeBack(s, ctx.now);
}

function comeBack(s: TrackerState, now: number): void {
  if (s.bout && s.awaySince !== null) s.bout.creditedMs += Math.max(0, now - s.awaySince);
  s.activity = 'active';
  s.awaySince = null;
  if (!s.bout && s.pausedUntil === null) s.readySince = now;
}

function goAway(s: TrackerState, activity: 'idle' | 'locked', since: number, now: number): void {
  if (s.activity === 'active') {
    const floor = Math.max(s.bout?.start ?? 0, s.lastEventAt);
    s.awaySince = Math.min(now, Math.max(since, floor));
    s.readySince = null;
  }
  s.activity = activity;
}

function applyEvent(s: TrackerState, event: EngineEvent, ctx: StepContext, fx: Effect[]): void {
  const now = ctx.now;
  switch (event.type) {
    case 'activity':
    case 'start': {
      const activity = event.activity;
      const since = event.type === 'activity' ? event.since : event.activitySince;
      if (activity === undefined || activity === s.activity) return;
      if (activity === 'active') comeBack(s, now);
      else goAway(s, activity, since ?? now, now);
      return;
    }
    case 'action':
      applyAction(s, event.action, ctx, fx);
      return;
    case 'alarm':
    case 'settings':
    case 'fullscreen':
      return; // their effect is the catch-up and prompt rules at `now`
  }
}

function restartBout(s: TrackerState, now: number): void {
  // Clicking a button means the user is here.
  if (s.activity !== 'active') {
    s.activity = 'active';
    s.awaySince = null;
  }
  if (s.pausedUntil === null) s.readySince = now;
}

function applyAction(s: TrackerState, action: UserAction, ctx: StepContext, fx: Effect[]): void {
  const { now, config: cfg } = ctx;
  switch (action.kind) {
    case 'startBreak':
      fx.push({ type: 'openBreak' });
      if (s.prompt) {
        // The break is open: no nudge while the user is doing it.
        s.prompt = { ...s.prompt, phase: 'due', shownAt: now, until: null, checks: 0 };
        fx.push({ type: 'clearNotification' });
      }
      return;
    case 'snooze': {
      if (!s.prompt || !s.bout) return; // nothing to snooze
      const minutes = action.minutes !== undefined && action.minutes > 0 ? action.minutes : cfg.snoozeMs / cfg.minuteMs;
      s.prompt = { ...s.prompt, phase: 'snoozed', until: now + minutes * cfg.minuteMs, nudges: 0, checks: 0 };
      s.bout.snoozes += 1;
      fx.push({ type: 'clearNotification' });
      return;
    }
    case 'skip':
      if (!s.bout) return;
      endBout(s, now, 'skipped', cfg, fx);
      restartBout(s, now);
      return;
    case 'done':
    case 'moved': {
      const outcome = action.kind === 'moved' ? 'moved' : s.prompt ? 'taken' : 'early';
      const exerciseId = action.kind === 'done' ? action.exerciseId : undefined;
      if (s.bout) endBout(s, now, outcome, cfg, fx, exerciseId);
      else {
        // A break outside a bout (paused, outside work hours): still worth logging.
        fx.push({ type: 'appendHistory', entry: { start: now, end: now, screenMs: 0, outcome, snoozes: 0, ...(exerciseId ? { exerciseId } : {}) } });
      }
      restartBout(s, now);
      return;
    }
    case 'pause': {
      const until =
        action.until === 'indefinitely' ? 'indefinitely'
        : action.until === 'tomorrow' ? tomorrowStart(now, cfg.workHours)
        : action.until;
      if (typeof until === 'number' && !(until > now)) return;
      if (s.bout) endBout(s, now, 'pause', cfg, fx);
      s.prompt = null;
      s.readySince = null;
      s.pausedUntil = until;
      return;
    }
    case 'resume':
      if (s.pausedUntil === null) return;
      s.pausedUntil = null;
      if (s.activity === 'active' && !s.bout) s.readySince = now;
      return;
    case 'anotherExercise':
      if (ctx.pick) pickNext(s, ctx.pick, s.exerciseId ?? undefined);
      return;
  }
}

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

function promptRules(s: TrackerState, ctx: StepContext, fx: Effect[]): void {
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

function pickNext(s: TrackerState, pick: Picker, anotherThan?: string): void {
  const id = pick({ recent: s.recent, seed: s.seed, ...(anotherThan !== undefined ? { anotherThan } : {}) });
  if (id === null) return; // empty catalogue: change nothing, so no write either
  s.exerciseId = id;
  // A small LCG: the next pick differs, and the sequence is reproducible from stored state.
  s.seed = (Math.imul(s.seed, 1103515245) + 12345) & 0x7fffffff;
}
