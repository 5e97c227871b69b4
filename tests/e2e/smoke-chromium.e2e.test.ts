// `chrome` inside worker.evaluate is the extension API of the worker.
declare const chrome: typeof import('wxt/browser').browser;
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

describe('Chromium: the production build', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('loads with a running service worker and an extension id', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await ext.worker();
    expect(worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  });

  it('opened the options page on its welcome panel on first install', () => {
    expect(ext.welcomeUrl).toBe(`chrome-extension://${ext.extensionId}/options.html?welcome=1`);
  });

  it('renders the popup page', async () => {
    const page = await ext.openPage('popup.html');
    await expect.poll(() => page.locator('#app > *').count()).toBeGreaterThan(0);
    expect(await page.title()).toContain('Glute Break');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await ext.openPage('options.html');
    await expect.poll(() => page.locator('#app > *').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('restarts a killed worker and still answers', async () => {
    await ext.killWorker();
    expect(ext.workerStatus()).toBe('stopped');
    const worker = await ext.worker();
    expect(await worker.evaluate(() => typeof chrome.runtime.id)).toBe('string');
  });

  // Chromium reports onInstalled "install" at every start of a --load-extension folder.
  it('a relaunch on the same profile opens no second welcome', async () => {
    ext = await ext.relaunch();
    // By the time the popup has rendered from the restarted worker's data, its onInstalled has run.
    const page = await ext.openPage('popup.html');
    await expect.poll(() => page.locator('#app > *').count()).toBeGreaterThan(0);
    await page.close();
    expect(await ext.storage()).toHaveProperty('welcomed', true);
    expect(ext.welcomeTabs).toEqual([]);
  });

  it('logged no console errors and made no network request outside its own origin', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
