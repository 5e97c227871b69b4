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
  history: HistoryEntry[];
  session: GuidedSession | null;
}

const KEYS = [STORAGE_KEYS.tracker, STORAGE_KEYS.history, STORAGE_KEYS.session];

function entriesOf(raw: unknown): HistoryEntry[] {
  const entries = (raw as { entries?: unknown } | undefined)?.entries;
  return Array.isArray(entries) ? (entries as HistoryEntry[]) : [];
}

/** One round of reads in parallel, so the first paint already has real data. */
export async function loadPopupData(now: number): Promise<PopupData> {
  const [local, stored] = await Promise.all([browser.storage.local.get(KEYS), readSettings()]);
  return {
    settings: stored.settings,
    tracker: local[STORAGE_KEYS.tracker],
    history: entriesOf(local[STORAGE_KEYS.history]),
    session: parseSession(local[STORAGE_KEYS.session], now),
  };
}

/** Calls `onChange` with each part that changes in any context; returns the unsubscribe. */
export function watchPopupData(onChange: (patch: Partial<PopupData>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const patch: Partial<PopupData> = {};
    const { tracker, history, session } = changes;
    if (tracker) patch.tracker = tracker.newValue;
    if (history) patch.history = entriesOf(history.newValue);
    if (session) patch.session = parseSession(session.newValue, Date.now());
    if (Object.keys(patch).length > 0) onChange(patch);
  };
  browser.storage.onChanged.addListener(listener);
  const unwatchSettings = watchSettings((s) => onChange({ settings: s.settings }));
  return () => {
    browser.storage.onChanged.removeListener(listener);
    unwatchSettings();
  };
}
