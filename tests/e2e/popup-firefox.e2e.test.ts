import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';

/** The popup in Firefox ESR (production build): card, guided session, interval validation, no errors. */
describe('popup (Firefox, production build)', () => {
  let ext: FirefoxExtension;
  let page: Page;
  const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

  beforeAll(async () => {
    ext = await launchFirefox();
    page = await ext.openPage('popup.html', 'main article.card h2');
    await page.setViewport({ width: 360, height: 600 });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the exercise card and the status line', async () => {
    expect(await text('main article.card h2')).not.toBe('');
    await expect.poll(() => text('[data-testid="status"]')).toMatch(/next break in|Break due now|Away|Paused|Outside/);
  });

  it('runs a guided session and keeps it in storage', async () => {
    await page.bringToFront();
    await page.click('.actions .btn--primary');
    // The first Start shows the safety text once; acknowledging it starts the minute.
    await page.waitForSelector('.ring, [data-testid="safety-intro"]');
    const acknowledge = await page.$('[data-testid="safety-intro"] .btn--primary');
    if (acknowledge) await acknowledge.click();
    await page.waitForSelector('.ring');
    // The get-ready comes first and is not counted in the minute.
    const left = Number(/^(\d+) s left in this break$/.exec(await text('[data-testid="session-left"]'))?.[1]);
    expect(left).toBeGreaterThanOrEqual(55);
    expect(await text('[data-testid="session-title"]')).toMatch(/Get ready|first$/);
    await ext.screenshot(page, 'coach-get-ready-firefox');
    const session = (await ext.storage()).session as { startedAt: number; pausedAt: null } | undefined;
    expect(session?.pausedAt).toBeNull();
    // Stop: no break logged, the card and Start return.
    const stop = await page.$$('.session__controls .btn');
    await stop.at(-1)!.click();
    await page.waitForSelector('.actions .btn--primary');
    expect((await ext.storage()).session ?? null).toBeNull();
  });

  it('refuses an out-of-range interval with an inline error and saves nothing', async () => {
    const before = ((await ext.storage('sync')).settings as { intervalMin?: number } | undefined)?.intervalMin;
    await page.click('.interval summary');
    await page.click('#interval-min', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => text('#interval-error')).toBe('Use a whole number of minutes from 5 to 180.');
    expect(((await ext.storage('sync')).settings as { intervalMin?: number } | undefined)?.intervalMin).toBe(before);
  });

  it('is screenshot for review', async () => {
    await page.keyboard.press('Escape');
    expect(await ext.screenshot(page, 'popup-firefox')).toMatch(/popup-firefox\.png$/);
  });

  it('logged no console errors and made no network request', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
