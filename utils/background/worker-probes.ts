import { browser } from 'wxt/browser';
import type { Activity } from '../../core/engine';

/** idle.setDetectionInterval: 60 s (the minimum is 15 s; shorter only adds events). */
export const IDLE_DETECTION_S = 60;

/** Whether the focused window is fullscreen (a due prompt is held then); false if unknown. */
export async function isFullscreen(): Promise<boolean> {
  try {
    const w = await browser.windows.getLastFocused();
    return w?.state === 'fullscreen';
  } catch {
    return false;
  }
}

/** The current idle state for a start event; nothing if the idle API is missing. */
export async function queryActivity(now: () => number): Promise<{ activity: Activity; activitySince?: number } | Record<string, never>> {
  try {
    const state = (await browser.idle.queryState(IDLE_DETECTION_S)) as Activity;
    // Idle is reported one detection interval after the last input.
    return state === 'idle' ? { activity: state, activitySince: now() - IDLE_DETECTION_S * 1000 } : { activity: state };
  } catch {
    return {};
  }
}
