/**
 * Every storage key the extension uses, and the one context allowed to write it.
 * See docs/ARCHITECTURE.md.
 */
export const STORAGE_KEYS = {
  /** storage.sync (fallback storage.local): Settings. Written by popup/options via utils/settings-store. */
  settings: 'settings',
  /** storage.local: true when settings live in local because sync failed. Written by utils/settings-store. */
  settingsInLocal: 'settingsInLocal',
  /** storage.local: TrackerState (core/engine). Written only by the background worker. */
  tracker: 'tracker',
  /** storage.local: HistoryLog (core/history). Written only by the background worker. */
  history: 'history',
  /** storage.local: GuidedSession (running one-minute session). Written only by the popup. */
  session: 'session',
} as const;
