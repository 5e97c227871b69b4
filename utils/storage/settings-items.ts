import { stampVersions } from '../../core/migrations';
import type { Settings } from '../../core/settings';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../core/settings-migrations';
import { defineStoredItem, type StorageArea, type StoredItemOptions } from './define-stored-item';

/**
 * `settings` lives in storage.sync so it follows the user, or in
 * storage.local (with `settingsInLocal` = true) when sync fails. Read and
 * written only through settings-store.ts, which adds the fallback, the
 * per-field repair and the write lock on top of these items.
 */
export const defineSettingsItem = (
  area: StorageArea,
  opts: StoredItemOptions = { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS },
) => defineStoredItem<Settings>(area, 'settings', { ...opts, migrations: stampVersions(opts.migrations ?? {}) });

export const syncSettingsItem = defineSettingsItem('sync');
export const localSettingsItem = defineSettingsItem('local');
/** storage.local `settingsInLocal`: true while settings live in storage.local. */
export const settingsInLocalItem = defineStoredItem<boolean>('local', 'settingsInLocal', { version: 1 });
