import type { Settings } from '../settings/settings';

/** Timing rules the engine needs, with every duration in milliseconds. */
export interface EngineConfig {
  intervalMs: number;
  naturalBreakMs: number;
  snoozeMs: number;
  /** Snoozes (or postpones) one bout allows. */
  snoozeLimit: number;
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
/** While deferred by fullscreen: re-check every 2 minutes, at most 15 times (30 min), then prompt anyway. */
export const DEFER_RECHECK_MIN = 2;
export const MAX_DEFER_CHECKS = 15;
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
export const SIGN_OF_LIFE_MIN = 15;
/** Idle with media counts as sitting: re-checked this often (media may stop while input stays idle). */
export const MEDIA_RECHECK_MIN = 5;
/**
 * The cap on sitting without input (music left playing at lunch). Idle with
 * media counts as sitting for at most this long after the last input: 60 min
 * with sound alone, 180 min with a fullscreen window or a shared camera/mic
 * (a call, a film). Past the cap the whole spell is re-read as an absence
 * from the last input: the bout ends there, logged natural with the screen
 * time up to it. While sound alone plays the prompt is held for the whole
 * spell (the cap bounds it), so nothing is shown to an empty room; during a
 * call or fullscreen it is held at most 30 min, then shown. A prompt that came
 * due after the last input is never logged as ignored.
 */
export const MEDIA_CAP_AUDIO_MIN = 60;
export const MEDIA_CAP_VIDEO_MIN = 180;

export function configFrom(settings: Settings, minuteMs: number): EngineConfig {
  return {
    intervalMs: settings.intervalMin * minuteMs,
    naturalBreakMs: settings.naturalBreakMin * minuteMs,
    snoozeMs: settings.snoozeMin * minuteMs,
    snoozeLimit: settings.snoozeLimit,
    repeatNudges: settings.repeatNudges,
    deferWhileFullscreen: settings.deferWhileFullscreen,
    workHours: settings.workHours,
    countMediaAsSitting: settings.countMediaAsSitting,
    minuteMs,
  };
}
