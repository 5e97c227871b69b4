import { browser } from 'wxt/browser';
import { loadSettings, validateSettings, type FieldIssue, type LoadedSettings, type Settings } from '../core/settings';
import { STORAGE_KEYS } from '../core/storage-keys';

/**
 * The one module that reads and writes settings. Popup and options both edit
 * settings, and storage has no transactions, so every read-modify-write runs
 * under one navigator.locks lock shared by all extension contexts.
 *
 * Settings live in storage.sync so they follow the user; when sync fails
 * (disabled, over quota) they go to storage.local and `inLocal` says so.
 */
const LOCK_NAME = 'glute-break:settings';

export interface StoredSettings extends LoadedSettings {
  inLocal: boolean;
}

export type SaveResult = { ok: true; inLocal: boolean } | { ok: false; issues: FieldIssue[] };

function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(LOCK_NAME, fn) as Promise<T>) : fn();
}

export async function readSettings(): Promise<StoredSettings> {
  // Both areas at once: the popup's first paint waits for this.
  const [local, sync] = await Promise.all([
    browser.storage.local.get([STORAGE_KEYS.settingsInLocal, STORAGE_KEYS.settings]),
    browser.storage.sync.get(STORAGE_KEYS.settings).catch(() => null),
  ]);
  if (local[STORAGE_KEYS.settingsInLocal] === true || sync === null) {
    return { ...loadSettings(local[STORAGE_KEYS.settings]), inLocal: true };
  }
  return { ...loadSettings(sync[STORAGE_KEYS.settings]), inLocal: false };
}

async function write(settings: Settings): Promise<boolean> {
  try {
    await browser.storage.sync.set({ [STORAGE_KEYS.settings]: settings });
    await browser.storage.local.remove([STORAGE_KEYS.settingsInLocal, STORAGE_KEYS.settings]);
    return false;
  } catch {
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: settings, [STORAGE_KEYS.settingsInLocal]: true });
    return true;
  }
}

/** Validates and saves a whole settings object. Invalid → nothing is written. */
export function saveSettings(next: unknown): Promise<SaveResult> {
  const checked = validateSettings(next);
  if (!checked.ok) return Promise.resolve(checked);
  return withLock(async () => ({ ok: true as const, inLocal: await write(checked.settings) }));
}

/**
 * Reads the current settings, applies `change` and saves the result, all under
 * the lock, so two pages editing different fields never undo each other.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<SaveResult> {
  return withLock(async () => {
    const { settings } = await readSettings();
    const checked = validateSettings(change(structuredClone(settings)));
    if (!checked.ok) return checked;
    return { ok: true as const, inLocal: await write(checked.settings) };
  });
}

/** Calls `onChange` with fresh settings whenever they change in any context. */
export function watchSettings(onChange: (s: StoredSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'local') && STORAGE_KEYS.settings in changes) {
      void readSettings().then(onChange);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
