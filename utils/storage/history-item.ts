import { HISTORY_VERSION, type HistoryLog } from '../../core/history-entry';
import { HISTORY_MIGRATIONS } from '../../core/history-migrations';
import { stampVersions } from '../../core/migrations';
import { defineStoredItem, type StoredItemOptions } from './define-stored-item';

/** storage.local `history`: the 90-day log of bouts. Written only by the background worker. */
export const defineHistoryItem = (opts: StoredItemOptions = { version: HISTORY_VERSION, migrations: HISTORY_MIGRATIONS }) =>
  defineStoredItem<HistoryLog>('local', 'history', { ...opts, migrations: stampVersions(opts.migrations ?? {}) });

export const historyItem = defineHistoryItem();
