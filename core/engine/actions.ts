import type { UserAction } from '../messages';
import { pauseSession, resumeSession, skipAhead, startSession } from '../session/guided-session';
import { endBout, screenMsAt, snoozesLeft } from './bout';
import { MIN_LOGGED_NATURAL_MIN, SNOOZE_GUARD_MS } from './config';
import type { Effect, Picker } from './events';
import { dropSession, finishSession, restartAfterBreak } from './session-rules';
import type { StepContext } from './step-context';
import type { TrackerState } from './tracker-state';
import { applyUndo, openUndo, undoSnapshot } from './undo';
import { localDay, tomorrowStart } from './work-hours';

/** The user's actions (popup, options, notification buttons, session requests) applied to the state. */
export function applyAction(s: TrackerState, action: UserAction, ctx: StepContext, fx: Effect[]): void {
  const { now, config: cfg } = ctx;
  // Undo answers only the action just before it.
  if (action.kind === 'undo') return applyUndo(s, now, fx);
  delete s.undo;
  switch (action.kind) {
    case 'startBreak':
      // The notification's Start button, the keyboard command: the minute starts now, on the picked exercise.
      fx.push({ type: 'openBreak' });
      if (!s.session && s.exerciseId !== null) s.session = startSession(s.exerciseId, now);
      if (s.prompt) {
        // The break is open: no nudge while the user is doing it.
        s.prompt = { ...s.prompt, phase: 'due', shownAt: now, until: null };
        fx.push({ type: 'clearNotification' });
      }
      return;
    case 'sessionStart':
      s.session = startSession(action.exerciseId, now, action.plannedMs);
      if (s.prompt) {
        s.prompt = { ...s.prompt, phase: 'due', shownAt: now, until: null };
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
      // The same click twice (a double click, a click on the popup and the notification): one snooze.
      if (s.bout.snoozedAt !== undefined && now >= s.bout.snoozedAt && now - s.bout.snoozedAt < SNOOZE_GUARD_MS) return;
      // The last snooze was the last: the break offers Start and Skip only (a double click spends two).
      if (snoozesLeft(s, cfg) === 0) {
        if (action.orSkip && s.prompt) skipBreak(s, now, cfg, fx);
        return;
      }
      if (!s.prompt) {
        // Nothing due yet: the coming prompt moves later by that long.
        s.bout.postponedMs += minutes * cfg.minuteMs;
        s.bout.snoozes += 1;
        s.bout.snoozedAt = now;
        return;
      }
      s.prompt = { phase: 'snoozed', firstAt: s.prompt.firstAt, shownAt: s.prompt.shownAt, until: now + minutes * cfg.minuteMs, nudges: 0 };
      s.bout.snoozes += 1;
      s.bout.snoozedAt = now;
      fx.push({ type: 'clearNotification' });
      return;
    }
    case 'skip':
      skipBreak(s, now, cfg, fx);
      return;
    case 'moved': {
      // Pressed again within a minute of the last break: the same break, logged once.
      if (s.bout && !s.prompt && screenMsAt(s, now) < MIN_LOGGED_NATURAL_MIN * cfg.minuteMs) return;
      const before = undoSnapshot(s);
      const from = fx.length;
      s.session = null; // a break reported by hand ends the guided one: one entry
      if (s.bout) endBout(s, now, 'moved', cfg, fx);
      else {
        // A break outside a bout (paused, outside work hours): still worth logging.
        fx.push({ type: 'appendHistory', entry: { start: now, end: now, screenMs: 0, outcome: 'moved', snoozes: 0 } });
      }
      restartAfterBreak(s, now);
      openUndo(s, 'moved', before, now, fx.slice(from));
      return;
    }
    case 'pause': {
      const until =
        action.until === 'indefinitely' ? 'indefinitely' : action.until === 'tomorrow' ? tomorrowStart(now, cfg.workHours) : action.until;
      if (typeof until === 'number' && !(until > now)) return;
      // Tomorrow is a date, not an instant: re-read in the time zone of each later event (advance.ts).
      if (action.until === 'tomorrow' && typeof until === 'number') s.pausedUntilDay = localDay(until);
      else delete s.pausedUntilDay;
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
      delete s.pausedUntilDay;
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

/** Skip: the bout ends as skipped (logged, with its snoozes) and a new one starts; undoable for a moment. */
function skipBreak(s: TrackerState, now: number, cfg: StepContext['config'], fx: Effect[]): void {
  if (!s.bout) {
    s.session = null;
    return;
  }
  const before = undoSnapshot(s);
  const from = fx.length;
  s.session = null;
  endBout(s, now, 'skipped', cfg, fx);
  restartAfterBreak(s, now);
  openUndo(s, 'skip', before, now, fx.slice(from));
}
