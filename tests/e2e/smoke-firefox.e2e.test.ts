import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';

declare const browser: typeof import('wxt/browser').browser;

describe('Firefox: the production build', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('installs as an add-on with its fixed id and a running background', async () => {
    expect(await ext.inExtension(() => browser.runtime.id)).toBe('glute-break@glutebreak.dev');
    expect(await ext.inExtension(async () => (await browser.runtime.getBackgroundPage()) !== null)).toBe(true);
  });

  it('renders the popup page', async () => {
    const page = await ext.openPage('popup.html', '#app > *');
    expect(await page.title()).toContain('Glute Break');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await ext.openPage('options.html', '#app > *');
    expect(await page.$$eval('#app > *', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('reads storage and alarms through the extension API', async () => {
    await ext.setStorage({ e2eProbe: 1 });
    expect(await ext.storage()).toMatchObject({ e2eProbe: 1 });
    expect(Array.isArray(await ext.alarms())).toBe(true);
    await ext.inExtension(() => browser.storage.local.remove('e2eProbe'));
  });

  it('logged no console errors and made no network request outside its own origin', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
