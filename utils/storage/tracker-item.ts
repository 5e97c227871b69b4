import type { TrackerState } from '../../core/engine/tracker-state';
import { defineStoredItem } from './define-stored-item';

/** storage.local `tracker`: the engine state (its own `version`; parseTracker migrates older ones). Written only by the worker. */
export const trackerItem = defineStoredItem<TrackerState>('local', 'tracker');
