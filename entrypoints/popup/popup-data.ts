import { browser } from 'wxt/browser';
import type { HistoryEntry } from '../../core/history-entry';
import type { Settings } from '../../core/settings';
import { STORAGE_KEYS } from '../../core/storage-keys';
import { readSettings, watchSettings } from '../../utils/settings-store';
import { parseSession, type GuidedSession } from './guided-session';

/** Everything the popup shows, as read from storage (the worker is never asked). */
export interface PopupData {
  settings: Settings;
  /** Raw `tracker` value; parsed by the engine's parseTracker. */
  tracker: unknown;
  /** Null until loadHistory() answers: the first paint does not wait for it. */
  history: HistoryEntry[] | null;
  session: GuidedSession | null;
}

const KEYS = [STORAGE_KEYS.tracker, STORAGE_KEYS.session];

function entriesOf(raw: unknown): HistoryEntry[] {
  const entries = (raw as { entries?: unknown } | undefined)?.entries;
  return Array.isArray(entries) ? (entries as HistoryEntry[]) : [];
}

/**
 * What the first paint needs, read in parallel: the status line, the card and
 * any running session. The history is not among it: 90 days of it take longer
 * to read than all the rest, and only the Today line uses it.
 */
export async function loadPopupData(now: number): Promise<PopupData> {
  const [local, stored] = await Promise.all([browser.storage.local.get(KEYS), readSettings()]);
  return {
    settings: stored.settings,
    tracker: local[STORAGE_KEYS.tracker],
    history: null,
    session: parseSession(local[STORAGE_KEYS.session], now),
  };
}

/** The history entries, for the Today line, read after the first paint. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  return entriesOf((await browser.storage.local.get(STORAGE_KEYS.history))[STORAGE_KEYS.history]);
}

/** Calls `onChange` with each part that changes in any context (and once with what is stored now); returns the unsubscribe. */
export function watchPopupData(onChange: (patch: Partial<PopupData>) => void): () => void {
  let heard = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const patch: Partial<PopupData> = {};
    const { tracker, history, session } = changes;
    if (tracker || session) heard = true;
    if (tracker) patch.tracker = tracker.newValue;
    if (history) patch.history = entriesOf(history.newValue);
    if (session) patch.session = parseSession(session.newValue, Date.now());
    if (Object.keys(patch).length > 0) onChange(patch);
  };
  browser.storage.onChanged.addListener(listener);
  const unwatchSettings = watchSettings((s) => onChange({ settings: s.settings }));
  // Re-read once subscribed: a write between the first read and this subscription
  // (a worker starting a fresh bout right after a browser start) is otherwise never seen.
  void browser.storage.local.get(KEYS).then((local) => {
    if (!heard) onChange({ tracker: local[STORAGE_KEYS.tracker], session: parseSession(local[STORAGE_KEYS.session], Date.now()) });
  });
  return () => {
    browser.storage.onChanged.removeListener(listener);
    unwatchSettings();
  };
}
