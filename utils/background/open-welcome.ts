import { browser } from 'wxt/browser';

/**
 * storage.local: `true` once the welcome has been shown (or the profile was
 * found to be an existing user's). Written only here, by the worker.
 */
export const WELCOMED_KEY = 'welcomed';

/** What the profile held when this worker started, before it wrote anything. */
export type StoredAtStart = Promise<Record<string, unknown>>;

/** Read at the very start of the worker: storage requests are answered in order, so this sees no write of ours. */
export function readStoredAtStart(): StoredAtStart {
  return browser.storage.local.get([WELCOMED_KEY, 'tracker']);
}

/**
 * On first install, open the options page on its welcome panel: what the
 * extension does, pick an interval, work hours, notification permission.
 * Once per profile: Chromium reports `install` at every start of a folder
 * loaded with --load-extension (also after its contents were updated), so the
 * reason alone would greet developers on each launch. A tracker stored before
 * this worker started means a user of a version without the marker. Never on
 * updates: those stay silent.
 */
export async function openWelcome(reason: string, atStart: StoredAtStart): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  const stored = await atStart;
  if (stored[WELCOMED_KEY] === true) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true });
  if (reason === 'install' && stored.tracker === undefined) {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  }
}
