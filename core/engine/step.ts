import type { UserAction } from '../messages';
import { startSession, pauseSession, resumeSession, skipAhead } from '../session';
import { advance, dueAt, endBout, screenMsAt, shiftTimes } from './advance';
import { DEFER_RECHECK_MIN, MAX_DEFER_CHECKS, MAX_NUDGES, MEDIA_RECHECK_MIN, MIN_LOGGED_NATURAL_MIN, SIGN_OF_LIFE_MIN, type EngineConfig } from './config';
import type { Effect, EngineEvent, Picker } from './events';
import { catchUpGap, checkMedia, comeBack, goAway, idleWithMedia, type MediaSignals } from './presence';
import { sameState } from './same-state';
import { dropSession, finishSession, restartAfterBreak, sessionWake } from './session-rules';
import type { Prompt, TrackerState } from './tracker-state';
import { firstWorkInstant, isWorkTime, tomorrowStart, workPeriodEnd } from './work-hours';

export interface StepContext {
  now: number;
  config: EngineConfig;
  /** Whether the focused browser window is fullscreen right now (the background looks before each event). */
  fullscreen?: boolean;
  /** Media playing right now (the background looks before each event). */
  media?: MediaSignals;
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

  catchUpGap(s, now, cfg, fx, event.type === 'alarm' ? event.scheduledTime : null);
  checkMedia(s, now, ctx.media, ctx.fullscreen ?? false, cfg);
  advance(s, now, cfg, fx);
  applyEvent(s, event, ctx, fx);
  advance(s, now, cfg, fx);
  promptRules(s, ctx, fx);

  if (s.exerciseId === null && ctx.pick) pickNext(s, ctx.pick);

  // An on-time alarm while the user sits is a sign of life: it moves lastEventAt
  // (the bound a later gap is cut at) even when nothing else changed.
  const alive = event.type === 'alarm' && event.scheduledTime > prev.lastEventAt && s.activity === 'active' && (s.bout !== null || s.mediaSince !== null);
  // Wakes are counted from the last change, so a no-op event computes the same wake (and writes nothing).
  if (alive || !sameState(s, prev, 'lastEventAt', 'wakeAt')) s.lastEventAt = now;
  s.wakeAt = nextWake(s, now, cfg);

  if (s.wakeAt !== prev.wakeAt) fx.push(s.wakeAt === null ? { type: 'clearAlarm' } : { type: 'setAlarm', at: s.wakeAt });
  if ((s.prompt !== null) !== (prev.prompt !== null)) fx.push({ type: 'setBadge', due: s.prompt !== null });

  if (sameState(s, prev)) return { state: prev, effects: fx };
  return { state: s, effects: fx };
}

function applyEvent(s: TrackerState, event: EngineEvent, ctx: StepContext, fx: Effect[]): void {
  const now = ctx.now;
  switch (event.type) {
    case 'activity':
    case 'start':
    case 'alarm': {
      const activity = event.activity;
      const since = (event.type === 'activity' ? event.since : event.activitySince) ?? now;
      if (activity === 'active' && s.mediaSince !== null) s.mediaSince = null; // input again
      if (activity === 'idle' && s.mediaSince !== null) return; // still no input while media plays: checkMedia decided
      if (activity === undefined || activity === s.activity) return;
      if (activity === 'active') comeBack(s, now);
      else if (!idleWithMedia(s, activity, since, ctx.media, ctx.fullscreen ?? false, ctx.config)) goAway(s, activity, since, now);
      return;
    }
    case 'action':
      applyAction(s, event.action, ctx, fx);
      return;
    case 'settings':
    case 'fullscreen':
      return; // their effect is the catch-up and prompt rules at `now`
  }
}

function applyAction(s: TrackerState, action: UserAction, ctx: StepContext, fx: Effect[]): void {
  const { now, config: cfg } = ctx;
  switch (action.kind) {
    case 'startBreak':
      // The notification's Start button, the keyboard command: the minute starts now, on the picked exercise.
      fx.push({ type: 'openBreak' });
      if (!s.session && s.exerciseId !== null) s.session = startSession(s.exerciseId, now);
      if (s.prompt) {
        // The break is open: no nudge while the user is doing it.
        s.prompt = { ...s.prompt, phase: 'due', shownAt: now, until: null, checks: 0 };
        fx.push({ type: 'clearNotification' });
      }
      return;
    case 'sessionStart':
      s.session = startSession(action.exerciseId, now, action.plannedMs);
      if (s.prompt) {
        s.prompt = { ...s.prompt, phase: 'due', shownAt: now, until: null, checks: 0 };
        fx.push({ type: 'clearNotification' });
      }
      return;
    case 'sessionPause':
      if (s.session) s.session = pauseSession(s.session, now);
      return;
    case 'sessionResume':
      if (s.session) s.session = resumeSession(s.session, now);
      return;
    case 'sessionSkip':
      if (s.session) s.session = skipAhead(s.session, action.byMs, now);
      return;
    case 'sessionFinish':
      if (s.session) finishSession(s, now, cfg, fx); // already finished at its planned end: nothing more to log
      return;
    case 'sessionCancel':
      if (s.session) dropSession(s, now);
      return;
    case 'snooze': {
      const minutes = action.minutes !== undefined && action.minutes > 0 ? action.minutes : cfg.snoozeMs / cfg.minuteMs;
      if (!s.bout) return; // nothing running, nothing to snooze
      if (!s.prompt) {
        // Nothing due yet: the coming prompt moves later by that long.
        s.bout.postponedMs += minutes * cfg.minuteMs;
        s.bout.snoozes += 1;
        return;
      }
      s.prompt = { ...s.prompt, phase: 'snoozed', until: now + minutes * cfg.minuteMs, nudges: 0, checks: 0 };
      s.bout.snoozes += 1;
      fx.push({ type: 'clearNotification' });
      return;
    }
    case 'skip':
      s.session = null;
      if (!s.bout) return;
      endBout(s, now, 'skipped', cfg, fx);
      restartAfterBreak(s, now);
      return;
    case 'done':
    case 'moved': {
      // Pressed again within a minute of the last break: the same break, logged once.
      if (s.bout && !s.prompt && screenMsAt(s, now) < MIN_LOGGED_NATURAL_MIN * cfg.minuteMs) return;
      s.session = null; // a break reported by hand ends the guided one: one entry
      const outcome = action.kind === 'moved' ? 'moved' : s.prompt ? 'taken' : 'early';
      const exerciseId = action.kind === 'done' ? action.exerciseId : undefined;
      if (s.bout) endBout(s, now, outcome, cfg, fx, exerciseId);
      else {
        // A break outside a bout (paused, outside work hours): still worth logging.
        fx.push({ type: 'appendHistory', entry: { start: now, end: now, screenMs: 0, outcome, snoozes: 0, ...(exerciseId ? { exerciseId } : {}) } });
      }
      restartAfterBreak(s, now);
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
      s.session = null;
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
  // Held during a fullscreen video or a call (bounded): shown when it ends.
  const watching = (cfg.deferWhileFullscreen && ctx.fullscreen) || (cfg.countMediaAsSitting && (s.mediaSince !== null || ctx.media?.sharing));
  if (watching && p.checks < MAX_DEFER_CHECKS) {
    s.prompt = { ...p, phase: 'deferred', until: now + DEFER_RECHECK_MIN * cfg.minuteMs, checks: p.checks + 1 };
    return;
  }
  s.prompt = { ...p, phase: 'due', shownAt: now, until: null, checks: 0 };
  fx.push({ type: 'showNotification', exerciseId: s.exerciseId, nudge: p.nudges });
}

function promptRules(s: TrackerState, ctx: StepContext, fx: Effect[]): void {
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
  return (cfg.deferWhileFullscreen && ctx.fullscreen === true) || (cfg.countMediaAsSitting && (s.mediaSince !== null || ctx.media?.sharing === true));
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

function pickNext(s: TrackerState, pick: Picker, anotherThan?: string): void {
  const id = pick({ recent: s.recent, seed: s.seed, ...(anotherThan !== undefined ? { anotherThan } : {}) });
  if (id === null) return; // empty catalogue: change nothing, so no write either
  s.exerciseId = id;
  // A small LCG: the next pick differs, and the sequence is reproducible from stored state.
  s.seed = (Math.imul(s.seed, 1103515245) + 12345) & 0x7fffffff;
}
