import { browser } from 'wxt/browser';
import { PAUSE_INPUT_S, type TrackerState } from '../../core/engine';
import { IDLE_DETECTION_S } from './worker-probes';

export interface IdleInterval {
  /** Sets the interval the state needs: the short one only while a prompt waits for a pause. */
  follow(state: TrackerState): void;
  /** Whether the short interval is in force (an idle report is then a pause, not an absence). */
  short(): boolean;
  /** A fresh worker: the browser's setting is unknown, so the next follow() sets it. */
  reset(): void;
}

/**
 * idle has one detection interval per extension. The natural-pause wait needs
 * 15 s; everything else (the natural-break threshold, the short-absence
 * credit) is measured with IDLE_DETECTION_S, so the short one is set only for
 * the wait and put back after it. A worker restarted during the wait sets it
 * again at its first event (reconcile), from the stored state.
 */
export function createIdleInterval(): IdleInterval {
  let current: number | null = null;
  return {
    follow(state) {
      const wanted = state.prompt?.phase === 'waiting' && !state.session ? Math.min(PAUSE_INPUT_S, IDLE_DETECTION_S) : IDLE_DETECTION_S;
      if (wanted === current) return;
      try {
        browser.idle.setDetectionInterval(wanted);
        current = wanted;
      } catch {
        // no idle API (tests without a stub): activity stays as stored
      }
    },
    short: () => current !== null && current < IDLE_DETECTION_S,
    reset() {
      current = null;
    },
  };
}
