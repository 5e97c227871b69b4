import type { MigrationTable } from './migrations';

/**
 * Settings schema versions. Version 1 is the shape released in 0.1.0.
 *
 * To change the schema: bump SETTINGS_VERSION, add the step for the new
 * version here (it receives the previous version's object and returns the
 * new one; a new field with a default needs no step unless old users must get
 * another value than new ones), and add a row to
 * tests/unit/settings-migrations.test.ts ("a stored v1 … keeps …").
 */
export const SETTINGS_VERSION = 1;

/** Key: the version a step produces. */
export const SETTINGS_MIGRATIONS: MigrationTable = {
  // 2: (v1) => ({ ...v1, newField: 'value for users who update' }),
};
