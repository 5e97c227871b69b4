import type { Settings } from '../settings';

/** Timing rules the engine needs, with every duration in milliseconds. */
export interface EngineConfig {
  intervalMs: number;
  naturalBreakMs: number;
  snoozeMs: number;
  repeatNudges: boolean;
  deferWhileFullscreen: boolean;
  workHours: Settings['workHours'];
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

export function configFrom(settings: Settings, minuteMs: number): EngineConfig {
  return {
    intervalMs: settings.intervalMin * minuteMs,
    naturalBreakMs: settings.naturalBreakMin * minuteMs,
    snoozeMs: settings.snoozeMin * minuteMs,
    repeatNudges: settings.repeatNudges,
    deferWhileFullscreen: settings.deferWhileFullscreen,
    workHours: settings.workHours,
    minuteMs,
  };
}
