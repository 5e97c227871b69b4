import { storage } from 'wxt/utils/storage';

/**
 * 0.2.0 kept a WXT version mark (`<key>$`) beside each stored value; the value's own `version`
 * is now the only one. The worker drops the old marks once, when the extension is updated.
 */
const OLD_VERSION_MARKS = [
  ...['tracker', 'history', 'session', 'welcomed', 'settings', 'settingsInLocal'].map((key) => `local:${key}$` as const),
  'sync:settings$' as const,
];

export const dropOldVersionMarks = (): Promise<void> => storage.removeItems(OLD_VERSION_MARKS);
