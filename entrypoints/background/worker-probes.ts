import { browser } from 'wxt/browser';
import type { Activity, MediaSignals } from '../../core/engine';

/** idle.setDetectionInterval: 60 s (the minimum is 15 s; shorter only adds events). */
// The Chromium e2e build (1-s minutes) uses the 15-s minimum so real-idle tests in Xvfb take
// seconds. Not Firefox's: headless Firefox has had no input since launch, so 15 s would end the
// engine tests' bouts before their prompts (they have no real-idle test).
export const IDLE_DETECTION_S: number = import.meta.env.MODE === 'e2e' && !import.meta.env.FIREFOX ? 15 : 60;

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

/**
 * Media that keeps a user sitting without input: a tab playing sound
 * (tabs.query({audible}) needs no `tabs` permission) and, in Firefox, a tab
 * sharing camera, microphone or screen (sharingState). Undefined if unknown.
 */
export async function queryMedia(firefox: boolean): Promise<MediaSignals | undefined> {
  try {
    const audible = (await browser.tabs.query({ audible: true })).length > 0;
    let sharing = false;
    if (firefox) {
      const tabs = (await browser.tabs.query({})) as { sharingState?: { camera?: boolean; microphone?: boolean; screen?: unknown } }[];
      sharing = tabs.some((t) => t.sharingState?.camera === true || t.sharingState?.microphone === true || !!t.sharingState?.screen);
    }
    return { audible, sharing };
  } catch {
    return undefined;
  }
}

/** Whether input stopped at least `seconds` ago (idle.queryState takes its own threshold); false if unknown. */
export async function queryIdleFor(seconds: number): Promise<boolean> {
  try {
    return (await browser.idle.queryState(seconds)) !== 'active';
  } catch {
    return false;
  }
}
