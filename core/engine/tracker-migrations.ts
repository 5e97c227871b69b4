import type { MigrationTable } from '../data/migrations';

/**
 * Steps between stored `tracker` versions (TRACKER_VERSION in
 * tracker-state.ts). Version 1 is the shape released in 0.1.0. A schema change
 * bumps TRACKER_VERSION and adds the step producing it here, so an update keeps
 * a running bout and a pause instead of resetting them (parseTracker resets
 * any version it does not know). Key: the version a step produces.
 */
// Later in 0.2.0, v2 gained an optional `undo` (the few seconds after Skip or "I already moved"):
// no step needed, a v2 state without it reads as it did (nothing to undo).
export const TRACKER_MIGRATIONS: MigrationTable = {
  // 2: bouts gain `postponedMs` (0: snoozes asked for before anything was due);
  // the state gains `session` (null: in v1 the popup owned the running minute)
  // and `mediaSince` (null). A running bout and a pause are kept as they were.
  2: (v1: Record<string, unknown>) => ({
    ...v1,
    version: 2,
    bout: typeof v1.bout === 'object' && v1.bout !== null ? { ...v1.bout, postponedMs: 0 } : v1.bout,
    session: null,
    mediaSince: null,
  }),
};
