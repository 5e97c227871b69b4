import type { HistoryEntry } from '../../core/history/history-entry';
import type { Settings } from '../../core/settings/settings';
import { historyItem } from '../../utils/storage/history-item';
import { sessionItem } from '../../utils/storage/session-item';
import { readSettings, watchSettings } from '../../utils/storage/settings-store';
import { trackerItem } from '../../utils/storage/tracker-item';
import { parseSession, type GuidedSession } from '../../core/session/guided-session';

/** Everything the popup shows, as read from storage (the worker is never asked). */
export interface PopupData {
  settings: Settings;
  /** Raw `tracker` value; parsed by the engine's parseTracker. */
  tracker: unknown;
  /** Null until loadHistory() answers: the first paint does not wait for it. */
  history: HistoryEntry[] | null;
  session: GuidedSession | null;
}

function entriesOf(raw: unknown): HistoryEntry[] {
  const entries = (raw as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? (entries as HistoryEntry[]) : [];
}

/**
 * What the first paint needs, read in parallel: the status line, the card and
 * any running session. The history is not among it: 90 days of it take longer
 * to read than all the rest, and only the Today line uses it.
 */
export async function loadPopupData(now: number): Promise<PopupData> {
  const [tracker, session, stored] = await Promise.all([trackerItem.get(), sessionItem.get(), readSettings()]);
  return { settings: stored.settings, tracker, history: null, session: parseSession(session, now) };
}

/** The history entries, for the Today line, read after the first paint. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  return entriesOf(await historyItem.get());
}

/** Calls `onChange` with each part that changes in any context (and once with what is stored now); returns the unsubscribe. */
export function watchPopupData(onChange: (patch: Partial<PopupData>) => void): () => void {
  let heard = false;
  const stops = [
    trackerItem.watch((tracker) => ((heard = true), onChange({ tracker }))),
    historyItem.watch((history) => onChange({ history: entriesOf(history) })),
    sessionItem.watch((session) => onChange({ session: parseSession(session, Date.now()) })),
    watchSettings((s) => onChange({ settings: s.settings })),
  ];
  // Re-read once subscribed: a write between the first read and this subscription
  // (a worker starting a fresh bout right after a browser start) is otherwise never seen.
  // (Only the tracker: the session shown may be one just started here, not yet stored by the worker.)
  void trackerItem.get().then((tracker) => {
    if (!heard) onChange({ tracker });
  });
  return () => stops.forEach((stop) => stop());
}
