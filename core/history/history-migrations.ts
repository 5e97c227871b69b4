import type { MigrationTable } from '../data/migrations';

/**
 * Steps between stored `history` versions (HISTORY_VERSION in
 * history-entry.ts). Version 1 is the shape released in 0.1.0. Key: the
 * version a step produces.
 */
export const HISTORY_MIGRATIONS: MigrationTable = {};
