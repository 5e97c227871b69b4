import { CALL_QUIET_MS, type EngineConfig } from './config';
import type { MediaSignals } from './presence';
import type { TrackerState } from './tracker-state';

/** A call (or video, or music) that ended: from its first sound to the start of the silence that ended it. */
export interface EndedCall {
  since: number;
  end: number;
}

/** Whether a tab plays sound or shares camera, microphone or screen right now. */
const mediaPlaying = (media: MediaSignals | undefined): boolean => media !== undefined && (media.audible || media.sharing);

/**
 * Follows sound and sharing from event to event. A silence starts a quiet
 * spell; only one of CALL_QUIET_MS (seen at a later event or the wake asked
 * for it) ends the call, so the pause between two speakers or a paused video
 * does not. Unknown media (the probe failed, or the settings need none) ends nothing
 * and starts nothing.
 */
export function trackCall(s: TrackerState, now: number, media: MediaSignals | undefined, cfg: EngineConfig): EndedCall | null {
  if (cfg.callWaitMs === 0 && !cfg.countMediaAsSitting) {
    delete s.call;
    return null;
  }
  if (media === undefined) return null;
  const call = s.call;
  if (mediaPlaying(media)) {
    if (!call) s.call = { since: now, quietSince: null };
    else if (call.quietSince !== null) s.call = { ...call, quietSince: null };
    return null;
  }
  if (!call) return null;
  if (call.quietSince === null) {
    s.call = { ...call, quietSince: now };
    return null;
  }
  if (now - call.quietSince < CALL_QUIET_MS) return null;
  delete s.call;
  return { since: call.since, end: call.quietSince };
}

/** A call gone quiet for less than CALL_QUIET_MS so far: a pause between speakers, not yet its end. */
export function callQuiet(s: TrackerState): boolean {
  return s.call !== undefined && s.call.quietSince !== null;
}

/** A call still under way: sound or sharing now, or a silence too short to end it. */
export function inCall(s: TrackerState, media: MediaSignals | undefined): boolean {
  return mediaPlaying(media) || callQuiet(s);
}

/** The wake that confirms a silence as the end of the call, if one is pending. */
export function callQuietWake(s: TrackerState): number | null {
  return s.call?.quietSince != null ? s.call.quietSince + CALL_QUIET_MS : null;
}
