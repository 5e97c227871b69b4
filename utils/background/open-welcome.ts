import { browser } from 'wxt/browser';

/**
 * storage.local: `true` once the welcome has been shown (or the extension was
 * updated from a version that had already welcomed the user). Written only here.
 */
export const WELCOMED_KEY = 'welcomed';

/**
 * On first install, open the options page on its welcome panel: what the
 * extension does, pick an interval, work hours, notification permission.
 * Once per profile: Chromium reports `install` at every start of a folder
 * loaded with --load-extension, so the reason alone would greet developers on
 * each launch. Never on updates: those must stay silent.
 */
export async function openWelcome(reason: string): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  const { [WELCOMED_KEY]: welcomed } = await browser.storage.local.get(WELCOMED_KEY);
  if (welcomed === true) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true });
  if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
}
