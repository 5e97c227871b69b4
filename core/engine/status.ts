import type { Settings } from '../settings/settings';
import type { Status, TrackerPhase } from './status-types';
import { advance, shiftTimes } from './advance';
import { dueAt, screenMsAt, snoozesLeft } from './bout';
import { MAX_NUDGES, configFrom } from './config';
import { catchUpGap } from './presence';
import { parseTracker, type TrackerState } from './tracker-state';
import { firstWorkInstant, isWorkTime } from './work-hours';

/**
 * What the popup/options show ("At your screen for 38 min · next break in
 * 7 min"), computed purely from the stored tracker state, settings and `now`.
 * Applies the same catch-up rules as the engine (a pause that ran out, work
 * hours starting or ending, an absence that became a natural break), so the
 * UI is right even while the worker sleeps.
 */
export function computeStatus(tracker: TrackerState, settings: Settings, now: number, minuteMs: number): Status {
  const cfg = configFrom(settings, minuteMs);
  const s = structuredClone(tracker);
  if (now < s.lastEventAt) shiftTimes(s, now - s.lastEventAt);
  // The same late-wake rule as the engine: opening the laptop does not show the slept hours as screen time.
  catchUpGap(s, now, cfg, []);
  advance(s, now, cfg, []);

  let phase: TrackerPhase;
  if (s.session) phase = 'break';
  else if (s.pausedUntil !== null) phase = 'paused';
  else if (!isWorkTime(now, cfg.workHours)) phase = 'outside';
  else if (s.activity !== 'active') phase = 'away';
  // Waiting for a natural pause is due to the person (the badge shows); only the notification waits.
  else if (s.prompt) phase = s.prompt.phase === 'waiting' ? 'due' : s.prompt.phase;
  else phase = 'active';

  let nextPromptAt: number | null = null;
  if (s.session) nextPromptAt = null;
  else if (s.pausedUntil === 'indefinitely' || s.activity !== 'active') nextPromptAt = null;
  else if (typeof s.pausedUntil === 'number') {
    const start = firstWorkInstant(s.pausedUntil, cfg.workHours);
    nextPromptAt = start === null ? null : start + cfg.intervalMs;
  } else if (!s.bout) {
    const start = firstWorkInstant(s.readySince ?? now, cfg.workHours);
    nextPromptAt = start === null ? null : start + cfg.intervalMs;
  } else if (!s.prompt) nextPromptAt = dueAt(s, cfg);
  else if (s.prompt.phase === 'snoozed' || s.prompt.phase === 'deferred') nextPromptAt = s.prompt.until;
  else if (cfg.repeatNudges && s.prompt.nudges < MAX_NUDGES && s.prompt.shownAt !== null) {
    nextPromptAt = s.prompt.shownAt + cfg.snoozeMs;
  }

  return {
    phase,
    boutStart: s.bout?.start ?? null,
    screenMs: screenMsAt(s, now),
    nextPromptAt,
    snoozedUntil: s.prompt?.phase === 'snoozed' ? s.prompt.until : null,
    snoozesLeft: snoozesLeft(s, cfg),
    pausedUntil: s.pausedUntil,
    exerciseId: s.exerciseId,
  };
}

/** The status over whatever is stored under `tracker` (parsed the way the worker parses it). */
export function statusFromStored(rawTracker: unknown, settings: Settings, now: number, minuteMs: number): Status {
  return computeStatus(parseTracker(rawTracker, now), settings, now, minuteMs);
}
