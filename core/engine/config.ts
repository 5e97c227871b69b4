import type { Settings } from '../settings/settings';

/** Timing rules the engine needs, with every duration in milliseconds. */
export interface EngineConfig {
  intervalMs: number;
  naturalBreakMs: number;
  snoozeMs: number;
  /** Snoozes (or postpones) one bout allows. */
  snoozeLimit: number;
  /** A due prompt waits this long at most for a natural pause (0: shown on the dot). */
  pauseWaitMs: number;
  /** A due prompt is held this long at most while a tab plays sound or shares (0: sound does not hold it). */
  callWaitMs: number;
  repeatNudges: boolean;
  deferWhileFullscreen: boolean;
  workHours: Settings['workHours'];
  /** Idle while a tab plays sound / a window is fullscreen / a tab shares camera or mic counts as sitting. */
  countMediaAsSitting: boolean;
  /** Length of one settings minute (60 000, or 1 000 in the e2e build). */
  minuteMs: number;
}

/** Nudges after an ignored prompt, each one snooze length after the last. */
export const MAX_NUDGES = 2;
/** A prompt held by a fullscreen window alone (no sound, no sharing) is held at most this long. */
export const FULLSCREEN_HOLD_MIN = 30;
/**
 * A call goes quiet between speakers and a video pauses: only a silence this long (real seconds,
 * confirmed by a wake this long after the sound stopped) ends a call.
 */
export const CALL_QUIET_MS = 30_000;
/** A call at least this long that ends past half the interval offers the break then. */
export const LONG_CALL_MIN = 20;
/**
 * A snooze (or postpone) within this long of the last one is the same click twice (real ms): a
 * double click must not spend two snoozes.
 */
export const SNOOZE_GUARD_MS = 2_000;
/** Natural bouts shorter than this much screen time are not logged (a cat on the mouse). */
export const MIN_LOGGED_NATURAL_MIN = 1;
/**
 * An alarm (or a wake we asked for) later than max(this, natural-break
 * threshold) proves the machine or browser was not running. Alarms are
 * delivered up to a minute late on a busy machine that never slept.
 */
export const LATE_TOLERANCE_MIN = 3;
/**
 * While a bout runs with nothing else to wake for, the worker wakes at most
 * this long after the last change, only to note that it is still running: a
 * sleep that starts mid-bout then cuts the bout at most this much too early.
 */
// In every phase (a due prompt left alone too), so a 35-min lid close without a lock report is a
// late wake. 25 min keeps a typing hour at ≤ 2 wakes besides prompts (15 min made it ~2.9).
export const SIGN_OF_LIFE_MIN = 25;
/** Idle with media counts as sitting: re-checked this often (media may stop while input stays idle). */
export const MEDIA_RECHECK_MIN = 5;
/** Natural-pause wait: input stopped this long (real seconds, idle's minimum detection interval). */
export const PAUSE_INPUT_S = 15;
/**
 * The cap on sitting without input (music left playing at lunch). Idle with
 * media counts as sitting for at most this long after the last input: 120 min
 * with sound alone (a 90-min call listened to is still sitting), 180 min with
 * a fullscreen window or a shared camera/mic (a call, a film). Past the cap
 * the person counts as away from the cap on, never re-dated back to the last
 * input: a long call is not turned into a break after the fact.
 */
export const MEDIA_CAP_AUDIO_MIN = 120;
export const MEDIA_CAP_VIDEO_MIN = 180;

export function configFrom(settings: Settings, minuteMs: number): EngineConfig {
  return {
    intervalMs: settings.intervalMin * minuteMs,
    naturalBreakMs: settings.naturalBreakMin * minuteMs,
    snoozeMs: settings.snoozeMin * minuteMs,
    snoozeLimit: settings.snoozeLimit,
    pauseWaitMs: settings.pauseWaitMin * minuteMs,
    callWaitMs: settings.callWaitMin * minuteMs,
    repeatNudges: settings.repeatNudges,
    deferWhileFullscreen: settings.deferWhileFullscreen,
    workHours: settings.workHours,
    countMediaAsSitting: settings.countMediaAsSitting,
    minuteMs,
  };
}
