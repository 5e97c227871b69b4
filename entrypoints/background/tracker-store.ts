import { storage } from 'wxt/utils/storage';
import { parseTracker, TRACKER_VERSION, type TrackerState } from '../../core/engine';
import { appendEntry, parseHistory, pruneHistory, removeEntry, type HistoryMatch } from '../../core/history/history';
import type { HistoryEntry, HistoryLog } from '../../core/history/history-entry';
import { writeItems, type StoredItem } from '../../utils/storage/define-stored-item';
import { parseSession, type GuidedSession } from '../../core/session/guided-session';
import { historyItem } from '../../utils/storage/history-item';
import { sessionItem } from '../../utils/storage/session-item';
import { trackerItem } from '../../utils/storage/tracker-item';

/**
 * storage.local access for the keys only the worker writes: `tracker`
 * (the engine state, whole), `history` and the `session` mirror. One event → at most one
 * storage.local.set, carrying every key that changes. Counts writes so
 * tests and the quiet-day benchmark can check "no write for an event that
 * changes nothing".
 */
export interface TrackerStore {
  /** `seed`: the picker seed of a fresh state (a new install). */
  loadTracker(now: number, seed?: number): Promise<TrackerState>;
  loadHistory(): Promise<HistoryLog>;
  /** Writes the new tracker state and/or appends history entries (pruning > 90 days), in one set. */
  /** `session`: the running guided minute, mirrored for the pages (null clears it), in the same set. */
  /** `remove`: entries an undo takes back (matched by start, end and outcome). */
  commit(
    change: {
      tracker?: TrackerState;
      append?: readonly HistoryEntry[];
      remove?: readonly HistoryMatch[];
      history?: HistoryLog;
      session?: GuidedSession | null;
    },
    now: number,
  ): Promise<void>;
  clear(): Promise<void>;
  readonly writes: number;
  /**
   * The last loadTracker found a tracker of an older version (0.1.0's): the worker stores it in today's
   * shape at its first event, as it does older settings, even if that event changes nothing else.
   */
  readonly older: boolean;
}

export function createTrackerStore(): TrackerStore {
  let writes = 0;
  let older = false;
  const loadHistory = async (): Promise<HistoryLog> => {
    return parseHistory(await historyItem.get()).log;
  };
  return {
    get writes() {
      return writes;
    },
    get older() {
      return older;
    },
    async loadTracker(now, seed) {
      const [raw, storedSession] = await Promise.all([trackerItem.get(), sessionItem.get()]);
      const state = parseTracker(raw, now, seed);
      const version = (raw as { version?: unknown } | null)?.version;
      older = typeof version === 'number' && version < TRACKER_VERSION;
      // 0.1.0 kept the running minute only under `session` (its popup owned it); since 0.2.0 the
      // worker holds it in its state and mirrors it there in the same set. A minute left by 0.1.0
      // is adopted, so after the update it can still be resumed and is logged when it ends.
      if (raw === null || state.session !== null) return state;
      const session = parseSession(storedSession, now);
      return session ? { ...state, session } : state;
    },
    loadHistory,
    async commit(change, now) {
      const items: Array<readonly [Pick<StoredItem<unknown>, 'key'>, unknown]> = [];
      if (change.tracker) {
        items.push([trackerItem, change.tracker]);
        older = false;
      }
      if (change.session !== undefined) items.push([sessionItem, change.session]);
      let log = change.history;
      if (change.append?.length) {
        log ??= await loadHistory();
        for (const e of change.append) log = appendEntry(log, e);
      }
      if (change.remove?.length) {
        log ??= await loadHistory();
        for (const m of change.remove) log = removeEntry(log, m);
      }
      if (log) items.push([historyItem, pruneHistory(log, now)]);
      if (items.length === 0) return;
      writes += 1;
      await writeItems('local', items);
    },
    async clear() {
      writes += 1;
      await storage.removeItems([`local:${trackerItem.key}`, `local:${historyItem.key}`]);
    },
  };
}
