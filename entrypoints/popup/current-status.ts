import { computeStatus } from '../../core/engine/status';
import { parseTracker } from '../../core/engine/tracker-state';
import type { Settings } from '../../core/settings';
import type { Status } from '../../core/status';
import { MINUTE_MS } from '../../utils/time-scale';

/** The status line's data: the engine's own computation over the stored tracker. */
export function currentStatus(rawTracker: unknown, settings: Settings, now: number): Status {
  return computeStatus(parseTracker(rawTracker, now), settings, now, MINUTE_MS);
}
