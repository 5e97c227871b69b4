import type { MigrationTable } from '../migrations';

/**
 * Steps between stored `tracker` versions (TRACKER_VERSION in
 * tracker-state.ts). Version 1 is the shape released in 0.1.0. A schema change
 * bumps TRACKER_VERSION and adds the step producing it here, so an update keeps
 * a running bout and a pause instead of resetting them (parseTracker resets
 * any version it does not know). Key: the version a step produces.
 */
export const TRACKER_MIGRATIONS: MigrationTable = {};
