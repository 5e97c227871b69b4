import type { HistoryLog } from '../../core/history/history-entry';
import { defineStoredItem } from './define-stored-item';

/** storage.local `history`: the 90-day log of bouts (its own `version`; parseHistory reads any). Written only by the worker. */
export const historyItem = defineStoredItem<HistoryLog>('local', 'history');
