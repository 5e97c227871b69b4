import type { Settings } from '../../core/settings/settings';
import { defineStoredItem } from './define-stored-item';

/**
 * `settings` lives in storage.sync so it follows the user, or in
 * storage.local (with `settingsInLocal` = true) when sync fails. Read and
 * written only through settings-store.ts, which adds the fallback, the
 * migration and per-field repair on read (loadSettings) and the write lock.
 */
export const syncSettingsItem = defineStoredItem<Settings>('sync', 'settings');
export const localSettingsItem = defineStoredItem<Settings>('local', 'settings');
/** storage.local `settingsInLocal`: true while settings live in storage.local. */
export const settingsInLocalItem = defineStoredItem<boolean>('local', 'settingsInLocal');
