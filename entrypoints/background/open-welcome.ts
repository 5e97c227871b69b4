import { browser } from 'wxt/browser';
import { trackerItem } from '../../utils/storage/tracker-item';
import { isWelcomed, welcomedItem } from '../../utils/storage/welcomed-item';

/** What the profile held when this worker started, before it wrote anything. */
export type StoredAtStart = Promise<{ welcomed: boolean; hadTracker: boolean }>;

/** Read at the very start of the worker: storage requests are answered in order, so this sees no write of ours. */
export async function readStoredAtStart(): StoredAtStart {
  const [welcomed, tracker] = await Promise.all([isWelcomed(), trackerItem.get()]);
  return { welcomed, hadTracker: tracker !== null };
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
  if (stored.welcomed) return;
  await welcomedItem.set(true);
  if (reason === 'install' && !stored.hadTracker) {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  }
}
