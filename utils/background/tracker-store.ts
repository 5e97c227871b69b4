import { browser } from 'wxt/browser';
import { parseTracker, type TrackerState } from '../../core/engine';
import { appendEntry, parseHistory, pruneHistory } from '../../core/history';
import type { HistoryEntry, HistoryLog } from '../../core/history-entry';
import type { GuidedSession } from '../../core/session';
import { STORAGE_KEYS } from '../../core/storage-keys';

/**
 * storage.local access for the two keys only the worker writes: `tracker`
 * (the engine state, whole) and `history`. One event → at most one
 * storage.local.set, carrying both keys when both change. Counts writes so
 * tests and the quiet-day benchmark can check "no write for an event that
 * changes nothing".
 */
export interface TrackerStore {
  /** `seed`: the picker seed of a fresh state (a new install). */
  loadTracker(now: number, seed?: number): Promise<TrackerState>;
  loadHistory(): Promise<HistoryLog>;
  /** Writes the new tracker state and/or appends history entries (pruning > 90 days), in one set. */
  /** `session`: the running guided minute, mirrored for the pages (null clears it). */
  commit(change: { tracker?: TrackerState; append?: readonly HistoryEntry[]; history?: HistoryLog; session?: GuidedSession | null }, now: number): Promise<void>;
  clear(): Promise<void>;
  readonly writes: number;
}

export function createTrackerStore(): TrackerStore {
  let writes = 0;
  const loadHistory = async (): Promise<HistoryLog> => {
    const got = await browser.storage.local.get(STORAGE_KEYS.history);
    return parseHistory(got[STORAGE_KEYS.history]).log;
  };
  return {
    get writes() {
      return writes;
    },
    async loadTracker(now, seed) {
      const got = await browser.storage.local.get(STORAGE_KEYS.tracker);
      return parseTracker(got[STORAGE_KEYS.tracker], now, seed);
    },
    loadHistory,
    async commit(change, now) {
      const items: Record<string, unknown> = {};
      if (change.tracker) items[STORAGE_KEYS.tracker] = change.tracker;
      if (change.session !== undefined) items[STORAGE_KEYS.session] = change.session;
      let log = change.history;
      if (change.append?.length) {
        log ??= await loadHistory();
        for (const e of change.append) log = appendEntry(log, e);
      }
      if (log) items[STORAGE_KEYS.history] = pruneHistory(log, now);
      if (Object.keys(items).length === 0) return;
      writes += 1;
      await browser.storage.local.set(items);
    },
    async clear() {
      writes += 1;
      await browser.storage.local.remove([STORAGE_KEYS.tracker, STORAGE_KEYS.history]);
    },
  };
}
