import { storage } from 'wxt/utils/storage';
import { loadSettings, validateSettings, type FieldIssue, type LoadedSettings, type Settings } from '../../core/settings/settings';
import { writeItems } from './define-stored-item';
import { localSettingsItem, settingsInLocalItem, syncSettingsItem } from './settings-items';

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
  // All at once: the popup's first paint waits for this. A failing sync area reads as null.
  const [inLocal, local, sync] = await Promise.all([
    settingsInLocalItem.get(),
    localSettingsItem.get(),
    syncSettingsItem.get().then(
      (value) => ({ value }),
      () => null,
    ),
  ]);
  if (inLocal === true || sync === null) return { ...loadSettings(local), inLocal: true };
  return { ...loadSettings(sync.value), inLocal: false };
}

async function write(settings: Settings): Promise<boolean> {
  try {
    await syncSettingsItem.set(settings);
    await storage.removeItems([`local:${settingsInLocalItem.key}`, `local:${localSettingsItem.key}`]);
    return false;
  } catch {
    await writeItems('local', [
      [localSettingsItem, settings],
      [settingsInLocalItem, true],
    ]);
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

/**
 * Called by the worker when its first read finds older settings: stores settings from an older version in
 * today's shape (the same migration every read applies in memory), so the stored value's
 * `version` says what it holds. Settings already current, or from a newer version, are left alone.
 */
export function storeMigratedSettings(): Promise<void> {
  return withLock(async () => {
    const read = await readSettings();
    if (read.migratedFrom !== undefined && read.fromFutureVersion === undefined) await write(read.settings);
  });
}

/** Calls `onChange` with fresh settings whenever they change in any context. */
export function watchSettings(onChange: (s: StoredSettings) => void): () => void {
  const reread = () => void readSettings().then(onChange);
  const stops = [syncSettingsItem.watch(reread), localSettingsItem.watch(reread)];
  return () => stops.forEach((stop) => stop());
}
