import { TRACKER_VERSION, type TrackerState } from '../../core/engine/tracker-state';
import { TRACKER_MIGRATIONS } from '../../core/engine/tracker-migrations';
import { stampVersions } from '../../core/migrations';
import { defineStoredItem, type StoredItemOptions } from './define-stored-item';

/** storage.local `tracker`: the engine state. Written only by the background worker. */
export const defineTrackerItem = (opts: StoredItemOptions = { version: TRACKER_VERSION, migrations: TRACKER_MIGRATIONS }) =>
  defineStoredItem<TrackerState>('local', 'tracker', { ...opts, migrations: stampVersions(opts.migrations ?? {}) });

export const trackerItem = defineTrackerItem();
