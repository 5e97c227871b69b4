import type { Settings } from '../settings';
import type { Status } from '../status';
import type { TrackerState } from './tracker-state';

/**
 * What the popup/options show, computed purely from the stored tracker state.
 * STUB (first commit, API fixed): the full version applies the engine's
 * catch-up rules (pause expiry, work hours, natural breaks) before reading.
 */
export function computeStatus(tracker: TrackerState, settings: Settings, now: number, minuteMs: number): Status {
  const bout = tracker.bout;
  const end = tracker.awaySince ?? now;
  const screenMs = bout ? Math.max(0, Math.min(end - bout.start - bout.creditedMs, end - bout.start)) : 0;
  return {
    phase: tracker.pausedUntil !== null ? 'paused' : tracker.activity !== 'active' ? 'away' : tracker.prompt ? tracker.prompt.phase : 'active',
    boutStart: bout?.start ?? null,
    screenMs,
    nextPromptAt: bout && !tracker.prompt ? bout.start + bout.creditedMs + settings.intervalMin * minuteMs : null,
    snoozedUntil: tracker.prompt?.phase === 'snoozed' ? tracker.prompt.until : null,
    pausedUntil: tracker.pausedUntil,
    exerciseId: tracker.exerciseId,
  };
}
