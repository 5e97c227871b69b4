import { dueAt, screenMsAt, snoozesLeft } from './bout';
import { callQuietWake, inCall, type EndedCall } from './call-spell';
import { FULLSCREEN_HOLD_MIN, LONG_CALL_MIN, MAX_NUDGES, MEDIA_RECHECK_MIN, SIGN_OF_LIFE_MIN, type EngineConfig } from './config';
import type { Effect } from './events';
import { sessionWake } from './session-rules';
import type { StepContext } from './step-context';
import type { Prompt, PromptCause, TrackerState } from './tracker-state';
import { firstWorkInstant, isWorkTime, workPeriodEnd } from './work-hours';

/** How many ways a prompt says "time for a break" (bg_prompt_0 … in every language). */
export const PROMPT_PHRASINGS = 8;

/** What the event says about this moment: a natural pause in the person's work, a call that just ended. */
export interface Cue {
  pause: boolean;
  callEnded: EndedCall | null;
}

/** The next phrasing: any but the last one, varied by the picker seed (pure: the same state, the same words). */
function nextPhrase(s: TrackerState): number {
  const n = PROMPT_PHRASINGS;
  const next = s.phrase === undefined ? s.seed % n : (s.phrase + 1 + (s.seed % (n - 1))) % n;
  s.phrase = next;
  return next;
}

/** Shows the notification now. */
function show(s: TrackerState, ctx: StepContext, fx: Effect[], cause?: PromptCause, call?: EndedCall): void {
  const p = s.prompt!;
  const { now, config: cfg } = ctx;
  s.prompt = {
    phase: 'due',
    firstAt: p.firstAt,
    shownAt: now,
    nudges: p.nudges,
    until: null,
    ...(cause ? { cause } : {}),
    ...(p.early ? { early: true } : {}),
  };
  fx.push({
    type: 'showNotification',
    exerciseId: s.exerciseId,
    nudge: p.nudges,
    snoozesLeft: snoozesLeft(s, cfg),
    words: {
      satMin: Math.floor(screenMsAt(s, now) / cfg.minuteMs),
      phrase: nextPhrase(s),
      ...(cause ? { cause } : {}),
      ...(call ? { callMin: Math.round((call.end - call.since) / cfg.minuteMs) } : {}),
    },
  });
}

/** What holds a due prompt back right now: a call or video (sound, sharing), or a fullscreen window. */
function heldBy(s: TrackerState, ctx: StepContext): 'call' | 'fullscreen' | null {
  const cfg = ctx.config;
  if (cfg.callWaitMs > 0 && inCall(s, ctx.media)) return 'call';
  if (cfg.deferWhileFullscreen && ctx.fullscreen === true) return 'fullscreen';
  return null;
}

const holdMs = (by: 'call' | 'fullscreen', cfg: EngineConfig) => (by === 'call' ? cfg.callWaitMs : FULLSCREEN_HOLD_MIN * cfg.minuteMs);

/** Shows the prompt at a natural pause, or waits for one (the badge already shows) up to the cap. */
function atPause(s: TrackerState, ctx: StepContext, fx: Effect[], cue: Cue, cause?: PromptCause): void {
  const p = s.prompt!;
  const { now, config: cfg } = ctx;
  // No input while media plays (a video watched, a call listened to) is a pause already.
  if (cfg.pauseWaitMs > 0 && !cue.pause && s.mediaSince === null) {
    s.prompt = { ...withoutCause(p), phase: 'waiting', until: now + cfg.pauseWaitMs, ...(cause ? { cause } : {}) };
    return;
  }
  show(s, ctx, fx, cause);
}

/** A prompt that wants to show: held through a call or fullscreen, then at a natural pause. */
function deliver(s: TrackerState, ctx: StepContext, fx: Effect[], cue: Cue, cause?: PromptCause): void {
  const p = s.prompt!;
  const by = p.capped ? null : heldBy(s, ctx);
  if (by) {
    s.prompt = { ...withoutCause(p), phase: 'deferred', until: ctx.now + holdMs(by, ctx.config), ...(cause ? { cause } : {}) };
    return;
  }
  atPause(s, ctx, fx, cue, cause);
}

function withoutCause(p: Prompt): Prompt {
  const { cause: _cause, ...rest } = p;
  return rest;
}

/** A call of LONG_CALL_MIN or more that ends past half the interval: a good moment for the break. */
function offersBreak(s: TrackerState, now: number, cfg: EngineConfig, call: EndedCall): boolean {
  return call.end - call.since >= LONG_CALL_MIN * cfg.minuteMs && screenMsAt(s, now) >= cfg.intervalMs / 2;
}

/** When the prompt becomes due, is held (a call, fullscreen), waits for a pause, is shown or re-shown. */
export function promptRules(s: TrackerState, ctx: StepContext, fx: Effect[], cue: Cue): void {
  const { now, config: cfg } = ctx;
  if (!s.bout || s.activity !== 'active' || s.pausedUntil !== null || !isWorkTime(now, cfg.workHours)) return;
  if (s.session) return; // the break is under way: no prompt, no nudge
  const p = s.prompt;
  if (p && !p.early && now < dueAt(s, cfg)!) {
    // The interval was raised past the bout: nothing is due any more.
    s.prompt = null;
    fx.push({ type: 'clearNotification' });
    return;
  }
  if (!p) {
    if (now >= dueAt(s, cfg)!) {
      s.prompt = { phase: 'waiting', firstAt: now, shownAt: null, nudges: 0, until: null };
      deliver(s, ctx, fx, cue);
    } else if (cue.callEnded && offersBreak(s, now, cfg, cue.callEnded)) {
      s.prompt = { phase: 'waiting', firstAt: now, shownAt: null, nudges: 0, until: null, early: true };
      show(s, ctx, fx, 'longCall', cue.callEnded);
    }
    return;
  }
  switch (p.phase) {
    case 'snoozed':
      if (p.until !== null && p.until <= now) {
        s.prompt = { ...p, nudges: 0 };
        deliver(s, ctx, fx, cue, 'snoozed');
      }
      return;
    case 'deferred':
      if (!heldBy(s, ctx)) {
        // The call or the video ended: that is the pause. Its own words when it was a call.
        show(s, ctx, fx, cue.callEnded ? 'callEnded' : p.cause, cue.callEnded ?? undefined);
      } else if (p.until !== null && p.until <= now) {
        // Sound that never stops (music all afternoon) meets the cap: the next natural pause then.
        s.prompt = { ...p, capped: true };
        atPause(s, ctx, fx, cue, p.cause);
      }
      return;
    case 'waiting':
      if (!p.capped && heldBy(s, ctx)) deliver(s, ctx, fx, cue, p.cause);
      else if (cue.pause || s.mediaSince !== null || (p.until !== null && p.until <= now)) show(s, ctx, fx, p.cause);
      return;
    case 'due':
      if (nudgesLeft(s, cfg)) {
        if (p.shownAt !== null && now >= p.shownAt + cfg.snoozeMs) {
          s.prompt = { ...withoutCause(p), nudges: p.nudges + 1 };
          deliver(s, ctx, fx, cue);
        }
      } else if (watchAt(p, cfg) <= now) {
        // Nudges are done: a silent check once per interval (and the sign of life, nextWake).
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
 * wake within SIGN_OF_LIFE_MIN of the last change, in every phase, so any
 * sleep or closed browser longer than that plus the threshold shows up as a late wake.
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
    if (!p) wake = dueAt(s, cfg)!;
    else if (p.phase !== 'due')
      wake = p.until; // the cap of a wait or a hold, the end of a snooze
    else if (nudgesLeft(s, cfg)) wake = (p.shownAt ?? p.firstAt) + cfg.snoozeMs;
    else wake = watchAt(p, cfg);
    // A sign of life at most SIGN_OF_LIFE_MIN after the last change, so a sleep cuts little of the bout.
    wake = Math.min(wake ?? Infinity, s.lastEventAt + SIGN_OF_LIFE_MIN * cfg.minuteMs);
    // A silence that may be the end of a call: confirmed (or not) CALL_QUIET_MS after it began.
    const quiet = callQuietWake(s);
    if (quiet !== null) wake = Math.min(wake, quiet);
    // Wake at the end of the work period too: the bout ends and the badge clears.
    const end = workPeriodEnd(s.bout.start, cfg.workHours);
    if (end !== null && end < wake) wake = end;
  }
  // Sitting with no input while a window is fullscreen: re-check that it still is (sound and sharing
  // are events of their own, tabs.onUpdated, so they need no re-check).
  if (s.mediaSince !== null && !s.call) wake = Math.min(wake ?? Infinity, s.lastEventAt + MEDIA_RECHECK_MIN * cfg.minuteMs);
  return wake;
}
