import { applyAction, pickNext } from './actions';
import { advance, shiftTimes } from './advance';
import type { Effect, EngineEvent } from './events';
import { catchUpGap, checkMedia, comeBack, goAway, idleWithMedia } from './presence';
import { trackCall } from './call-spell';
import { nextWake, promptRules, type Cue } from './prompt-rules';
import { sameState } from './same-state';
import type { StepContext, StepResult } from './step-context';
import { sameLook, toolbarLook } from './toolbar-look';
import type { TrackerState } from './tracker-state';

export type { StepContext, StepResult } from './step-context';
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
  const callEnded = trackCall(s, now, ctx.media, cfg);
  advance(s, now, cfg, fx);
  // A pause in the person's work: input stopped (any idle report), a switch of tab or window, a call's end.
  const cue: Cue = {
    pause: (event.type === 'activity' && event.activity === 'idle') || event.type === 'switch' || callEnded !== null,
    callEnded,
  };
  // A prompt waiting for a pause, or held by the call that just ended, shows at it, before the idle
  // report or the silence is applied (an absence would hold it back, and the person is there now).
  if (cue.pause && (s.prompt?.phase === 'waiting' || (callEnded && s.prompt?.phase === 'deferred'))) promptRules(s, ctx, fx, cue);
  checkMedia(s, now, ctx.media, ctx.fullscreen ?? false, cfg, callEnded);
  advance(s, now, cfg, fx);
  applyEvent(s, event, ctx, fx);
  advance(s, now, cfg, fx);
  promptRules(s, ctx, fx, cue);

  if (s.exerciseId === null && ctx.pick) pickNext(s, ctx.pick);

  // An on-time alarm while the user sits is a sign of life: it moves lastEventAt
  // (the bound a later gap is cut at) even when nothing else changed.
  const alive =
    event.type === 'alarm' &&
    event.scheduledTime > prev.lastEventAt &&
    s.activity === 'active' &&
    (s.bout !== null || s.mediaSince !== null);
  // Wakes are counted from the last change, so a no-op event computes the same wake (and writes nothing).
  if (alive || !sameState(s, prev, 'lastEventAt', 'wakeAt')) s.lastEventAt = now;
  s.wakeAt = nextWake(s, now, cfg);

  if (s.wakeAt !== prev.wakeAt) fx.push(s.wakeAt === null ? { type: 'clearAlarm' } : { type: 'setAlarm', at: s.wakeAt });
  if ((s.prompt !== null) !== (prev.prompt !== null)) fx.push({ type: 'setBadge', due: s.prompt !== null });
  // The stored state's look is what the toolbar shows (reconcile re-applies it at start), so only a change is sent.
  const look = toolbarLook(s, cfg);
  const before = event.type === 'settings' && event.workHoursBefore ? { workHours: event.workHoursBefore } : cfg;
  if (!sameLook(look, toolbarLook(prev, before))) fx.push({ type: 'setToolbar', look });

  if (sameState(s, prev)) return { state: prev, effects: fx };
  return { state: s, effects: fx };
}

function applyEvent(s: TrackerState, event: EngineEvent, ctx: StepContext, fx: Effect[]): void {
  const now = ctx.now;
  switch (event.type) {
    case 'activity':
    case 'start':
    case 'alarm': {
      // A report under the natural-pause wait's short interval is a pause, not an absence (the cue above).
      if (event.type === 'activity' && event.pause) return;
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
    case 'switch':
    case 'media':
      return; // the cue and the media look above did the work
    case 'settings':
      // Timing: the catch-up and prompt rules at `now`. Preferences: a card they now exclude is re-picked
      // (not during a running minute, which goes on with the exercise it started).
      if (ctx.pick?.allows && s.exerciseId !== null && !s.session && !ctx.pick.allows(s.exerciseId)) pickNext(s, ctx.pick);
      return;
  }
}
