import { applyAction, pickNext } from './actions';
import { advance, shiftTimes } from './advance';
import type { Effect, EngineEvent } from './events';
import { nextWake, promptRules } from './prompt-rules';
import { sameState } from './same-state';
import type { StepContext, StepResult } from './step-context';
import type { TrackerState } from './tracker-state';

export type { StepContext, StepResult } from './step-context';
export { nextWake } from './prompt-rules';

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
      return; // their effect is the catch-up and prompt rules at `now`
  }
}
