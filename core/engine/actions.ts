import type { UserAction } from '../messages';
import { endBout } from './advance';
import type { Effect, Picker } from './events';
import type { StepContext } from './step-context';
import type { TrackerState } from './tracker-state';
import { tomorrowStart } from './work-hours';

/** The user's actions (popup, options, notification buttons) applied to the state. */
function restartBout(s: TrackerState, now: number): void {
  // Clicking a button means the user is here.
  if (s.activity !== 'active') {
    s.activity = 'active';
    s.awaySince = null;
  }
  if (s.pausedUntil === null) s.readySince = now;
}

export function applyAction(s: TrackerState, action: UserAction, ctx: StepContext, fx: Effect[]): void {
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

/** Picks the next exercise and advances the stored seed. */
export function pickNext(s: TrackerState, pick: Picker, anotherThan?: string): void {
  const id = pick({ recent: s.recent, seed: s.seed, ...(anotherThan !== undefined ? { anotherThan } : {}) });
  if (id === null) return; // empty catalogue: change nothing, so no write either
  s.exerciseId = id;
  // A small LCG: the next pick differs, and the sequence is reproducible from stored state.
  s.seed = (Math.imul(s.seed, 1103515245) + 12345) & 0x7fffffff;
}
