import type { MigrationTable } from '../data/migrations';

/**
 * Settings schema versions. Version 1 is the shape released in 0.1.0.
 *
 * To change the schema: bump SETTINGS_VERSION, add the step for the new
 * version here (it receives the previous version's object and returns the
 * new one; a new field with a default needs no step unless old users must get
 * another value than new ones), and add a row to
 * tests/unit/settings-migrations.test.ts ("a stored v1 … keeps …").
 */
export const SETTINGS_VERSION = 2;

/** Key: the version a step produces. */
export const SETTINGS_MIGRATIONS: MigrationTable = {
  // v2 (0.2.0), one step for everything 0.2.0 adds:
  // - catalogue v2: exercises gained allowBall and precautions; the user's positions stay as
  //   chosen (floor included); only new installs get seated+standing (the defaults);
  // - the end-of-session chime on/off became a sound mode; "on" keeps tones (the chime and its kin);
  // - videos and calls count as sitting, on for everyone who updates (the fix for bouts cut by a long call).
  2: (v1: Record<string, unknown> | null) => {
    if (v1 === null || typeof v1 !== 'object') return v1;
    const { sound, ...rest } = v1;
    const exercises =
      typeof rest.exercises === 'object' && rest.exercises !== null && !Array.isArray(rest.exercises) ? rest.exercises : undefined;
    return {
      ...rest,
      countMediaAsSitting: true,
      ...(exercises ? { exercises: { allowBall: false, precautions: [], ...exercises } } : {}),
      ...(sound === undefined ? {} : { sound: sound === true ? 'tones' : sound === false ? 'off' : sound }),
    };
  },
};
