import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';

/** The options page in Firefox ESR (production build): it renders, saves, refuses bad input and explains Firefox's shortcut settings. */
describe('options page (Firefox, production build)', () => {
  let ext: FirefoxExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchFirefox();
    page = await ext.openPage('options.html', '#reminders');
  });
  afterAll(async () => {
    await ext?.close();
  });

  const setField = async (selector: string, value: string) => {
    // Headless Firefox fires no blur/change in a page that lost window focus.
    await page.bringToFront();
    await page.click(selector, { count: 3 });
    await page.keyboard.press('Backspace');
    if (value) await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  };
  const storedInterval = async () => ((await ext.storage('sync')).settings as { intervalMin?: number } | undefined)?.intervalMin;

  it('saves a valid interval to storage.sync and says "Saved"', async () => {
    await setField('#intervalMin', '25');
    // "Saved" shows for 2.5 s once the save resolves: watch for it from the start, beside the storage check.
    const saidSaved = expect
      .poll(() => page.$eval('[data-testid="saved"]', (el) => el.textContent), { timeout: 10_000, interval: 50 })
      .toBe('Saved');
    await expect.poll(storedInterval, { timeout: 10_000 }).toBe(25);
    await saidSaved;
  });

  it('refuses an out-of-range interval beside the field and stores nothing', async () => {
    await setField('#intervalMin', '2');
    await expect.poll(() => page.$eval('#intervalMin', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.$eval('#intervalMin-error', (el) => el.textContent)).toBe('Pick a value from 5 to 180 minutes.');
    expect(await storedInterval()).toBe(25);
  });

  it('explains how to change the shortcut in Firefox', async () => {
    const text = await page.$eval('#shortcut', (el) => el.textContent ?? '');
    expect(text).toContain('Manage Extension Shortcuts');
    expect(text).not.toContain('chrome://');
  });

  it('is screenshot for review', async () => {
    expect(await ext.screenshot(page, 'options-firefox')).toMatch(/options-firefox\.png$/);
  });

  it('logged no console errors and made no network request', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
