import { advance } from './advance';
import { LATE_TOLERANCE_MIN, MEDIA_CAP_AUDIO_MIN, MEDIA_CAP_VIDEO_MIN, type EngineConfig } from './config';
import { callQuiet, type EndedCall } from './call-spell';
import type { Effect } from './events';
import type { Activity, TrackerState } from './tracker-state';

/**
 * Whether the user is here: idle/lock reports, gaps (sleep, browser closed)
 * and media (videos, calls) that keep a user sitting without input.
 */

/** What the worker saw playing when the event came: media that keeps someone sitting without input. */
export interface MediaSignals {
  /** A tab is playing sound (tabs.query({audible: true})). */
  audible: boolean;
  /** Firefox: a tab shares camera, microphone or screen (a call). */
  sharing: boolean;
}

export function comeBack(s: TrackerState, now: number): void {
  if (s.bout && s.awaySince !== null) s.bout.creditedMs += Math.max(0, now - s.awaySince);
  s.activity = 'active';
  s.awaySince = null;
  s.mediaSince = null;
  if (!s.bout && s.pausedUntil === null) s.readySince = now;
}

export function goAway(s: TrackerState, activity: 'idle' | 'locked', since: number, now: number): void {
  if (s.activity === 'active') {
    // Not before the bout began; a wake or settings change since then proves
    // nothing about the user, so it is no floor (real idle in Chromium: an
    // alarm 3 s before the idle report hid 12 s of the absence).
    const floor = s.bout?.start ?? 0;
    s.awaySince = Math.min(now, Math.max(since, floor));
    s.readySince = null;
  }
  s.mediaSince = null;
  s.activity = activity;
}

/** How late a wake may be before it proves the machine or browser was not running. */
export function lateToleranceMs(cfg: EngineConfig): number {
  return Math.max(cfg.naturalBreakMs, LATE_TOLERANCE_MIN * cfg.minuteMs);
}

/**
 * Sleep / browser closed, checked at every event (not only alarms): a wake
 * we asked for (`wakeAt`, or the alarm's own time) that passed more than the
 * tolerance ago proves the machine or browser was not running. The absence
 * began no earlier than the last change we saw — the last moment we know the
 * user was here — so the bout ends there; the user is back now. A stale
 * delivery (scheduled before our last change) proves nothing.
 */
export function catchUpGap(s: TrackerState, now: number, cfg: EngineConfig, fx: Effect[], alarmAt: number | null = null): void {
  const missed = [alarmAt, s.wakeAt].filter((t): t is number => t !== null && t > s.lastEventAt && t <= now);
  if (missed.length === 0 || now - Math.min(...missed) <= lateToleranceMs(cfg)) return;
  if (s.activity !== 'active') return; // already away: the absence is measured from awaySince
  s.activity = 'idle';
  s.awaySince = Math.max(s.lastEventAt, s.bout?.start ?? 0);
  s.mediaSince = null;
  s.readySince = null;
  delete s.call; // nothing was heard in the gap: a call seen before it is over
  // A running minute that ended in the gap is logged at its end but starts no bout there
  // (finishSession: nobody is seen while away).
  advance(s, now, cfg, fx);
  // The machine is running again, so someone woke it: the user is back.
  comeBack(s, now);
}

/** The kind of media playing: video/call (fullscreen or sharing) keeps a user sitting longest. */
function mediaKind(media: MediaSignals | undefined, fullscreen: boolean): 'video' | 'audio' | null {
  if (!media) return null;
  if (media.sharing || fullscreen) return 'video';
  return media.audible ? 'audio' : null;
}

/**
 * An idle report while media plays: the user is watching or listening, so
 * they stay "active" (the bout goes on) and `mediaSince` records when input
 * stopped. Returns false when the report must be applied as a real absence.
 */
export function idleWithMedia(
  s: TrackerState,
  activity: Activity,
  since: number,
  media: MediaSignals | undefined,
  fullscreen: boolean,
  cfg: EngineConfig,
): boolean {
  if (activity !== 'idle' || !cfg.countMediaAsSitting || s.activity !== 'active' || s.mediaSince !== null) return false;
  if (mediaKind(media, fullscreen) === null) return false;
  s.mediaSince = since;
  return true;
}

/**
 * At each event while sitting with media and no input: media that stopped
 * (a silence the call tracker confirmed, call-spell.ts) means the person may
 * have left when it went quiet; media past its cap (two hours of sound alone:
 * music left on; three hours of fullscreen or a call) means nobody is there
 * from the cap on. Neither re-dates the spell back to the last input: a long
 * call listened to is screen time, not a break after the fact.
 */
export function checkMedia(
  s: TrackerState,
  now: number,
  media: MediaSignals | undefined,
  fullscreen: boolean,
  cfg: EngineConfig,
  ended: EndedCall | null,
): void {
  if (s.mediaSince === null || s.activity !== 'active') return;
  const kind = cfg.countMediaAsSitting ? mediaKind(media, fullscreen) : null;
  const since = s.mediaSince;
  if (kind === null) {
    // One silent look is a pause between speakers: the spell ends only once the silence is confirmed.
    if (cfg.countMediaAsSitting && media !== undefined && callQuiet(s)) return;
    goAway(s, 'idle', ended?.end ?? now, now);
    return;
  }
  const capMs = (kind === 'video' ? MEDIA_CAP_VIDEO_MIN : MEDIA_CAP_AUDIO_MIN) * cfg.minuteMs;
  if (now - since >= capMs) {
    s.activity = 'idle';
    s.awaySince = Math.max(since + capMs, s.bout?.start ?? 0);
    s.mediaSince = null;
    s.readySince = null;
  }
}
