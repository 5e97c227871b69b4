import { browser } from 'wxt/browser';

/**
 * On first install, open the options page on its welcome panel: what the
 * extension does, pick an interval, work hours, notification permission.
 * Not on updates: those must stay silent.
 */
export async function openWelcome(reason: string): Promise<void> {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
}
