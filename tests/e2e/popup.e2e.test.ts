import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, type ChromiumExtension } from './harness/chromium';

/**
 * The popup in real Chromium on the production build, with the real worker:
 * a guided minute under Playwright's fake clock ends in Done → one more
 * completed break in history and a fresh bout; the quick interval adjust moves
 * the pending prompt alarm; axe finds nothing serious; screenshots in light
 * and dark at the popup's 360 × 600 for a human to look at.
 */
const POPUP = { width: 360, height: 600 };
const DONE_OUTCOMES = ['taken', 'early'];

// `chrome` inside inWorker is the worker's extension API.
declare const chrome: typeof import('wxt/browser').browser;

interface Tracker {
  bout: { start: number } | null;
  wakeAt: number | null;
}
interface History {
  entries: { outcome: string; exerciseId?: string; end: number }[];
}

describe('Chromium: the popup', () => {
  let ext: ChromiumExtension;
  const tracker = async () => (await ext.storage()).tracker as Tracker | undefined;
  const history = async () => ((await ext.storage()).history as History | undefined)?.entries ?? [];

  /** Opens the popup at popup size, with Playwright's clock installed before the page runs. */
  async function openPopup(query = '', clock = false): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    if (clock) await page.clock.install();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    return page;
  }

  /** Presses Start; a first-time user reads and acknowledges the safety text first. */
  async function startMinute(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Start · 1 minute' }).click();
    const ok = page.getByRole('button', { name: 'I have read this, start' });
    if (await ok.isVisible()) await ok.click();
  }

  beforeAll(async () => {
    ext = await launchChromium();
    // The worker starts the first bout on its own; wait for it so the status is real.
    for (let tries = 0; tries < 60 && !(await tracker())?.bout; tries++) await new Promise((r) => setTimeout(r, 250));
  });
  afterAll(async () => {
    await ext?.close();
  });
  // Each test starts without a guided session left over from another.
  beforeEach(async () => {
    await ext.inWorker(() => chrome.storage.local.remove('session'));
  });

  it('shows the status and the exercise at once; screenshots in light and dark', async () => {
    const page = await openPopup();
    await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/next break in \d+ min/);
    expect(await page.getByRole('button', { name: 'Start · 1 minute' }).isVisible()).toBe(true);
    // Fits 360 × 600 without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
    await ext.screenshot(page, 'popup-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await ext.screenshot(page, 'popup-dark');
    await page.close();
  });

  it('has no serious or critical axe violations, in light and dark, card and session', async () => {
    const page = await openPopup('', true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    // The popovers, open.
    await page.locator('summary', { hasText: 'Every 45 min' }).click();
    await page.getByLabel('Remind me every', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('summary', { hasText: 'Pause' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // The first Start shows the safety text in full, to acknowledge once.
    await page.getByRole('button', { name: 'Start · 1 minute' }).click();
    await page.getByTestId('safety-intro').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ext.screenshot(page, 'popup-safety-intro');
    await page.getByRole('button', { name: 'I have read this, start' }).click();
    await expect
      .poll(async () => ((await ext.storage('sync')).settings as { safetyAcknowledged?: boolean } | undefined)?.safetyAcknowledged)
      .toBe(true);
    await page.clock.fastForward(20_000);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.close();
  });

  it('reaches every control with Tab, each with a visible focus ring, and works from the keyboard', async () => {
    const page = await openPopup('', true);
    const seen: string[] = [];
    await page.bringToFront();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) continue; // the page itself took the first Tab
      if (seen.includes(focused.name)) break;
      expect(focused.ring, `focus ring on "${focused.name}"`).toBe(true);
      seen.push(focused.name);
    }
    expect(seen).toEqual([
      'Settings',
      'Tips: mistakes, easier, harder',
      'Safety',
      'Start · 1 minute',
      'Skip',
      'Another exercise',
      'I already moved',
      'Postpone · 2 left',
      'Pause',
      'Remind me every 45 min',
    ]);

    // Space starts the minute from the keyboard; focus lands on Pause, Enter pauses.
    await page.getByRole('button', { name: 'Start · 1 minute' }).focus();
    await page.keyboard.press('Space');
    await page.locator('.ring').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pause');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ring__caption').textContent()).toBe('Paused');
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.close();
  });

  it('stills the ring for prefers-reduced-motion', async () => {
    const page = await openPopup('', true);
    await startMinute(page);
    const transition = () => page.locator('.ring__bar').evaluate((el) => getComputedStyle(el).transitionDuration);
    await page.locator('.ring__bar').waitFor();
    expect(await transition()).not.toMatch(/^0s(, 0s)*$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await transition()).toMatch(/^0s(, 0s)*$/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.close();
  });

  it('a guided minute ends in Done: one more completed break, and a new bout', async () => {
    const before = await history();
    const boutBefore = (await tracker())?.bout?.start ?? 0;
    const page = await openPopup('', true);
    const exercise = await page.getByRole('heading', { level: 2 }).textContent();

    await startMinute(page);
    await page.clock.runFor(20_000);
    // 20 s in: the get-ready (5 s, or 10 s on the floor) is not part of the dose (50–70 s),
    // so 40 to 55 s of it are left.
    const leftNow = async () =>
      Number(/^(\d+) s left in this break$/.exec((await page.getByTestId('session-left').textContent()) ?? '')?.[1]);
    await expect.poll(leftNow).toBeGreaterThanOrEqual(40);
    expect(await leftNow()).toBeLessThanOrEqual(55);
    await page.waitForTimeout(400); // the ring's 250 ms CSS transition runs on real time
    await ext.screenshot(page, 'popup-session');

    // Closing the popup mid-minute loses nothing: reopened, it shows the time left.
    const stored = (await ext.storage()).session as { startedAt: number };
    expect(stored.startedAt).toBeGreaterThan(0);

    // The longest get-ready plus the longest dose is under 80 s.
    await page.clock.runFor(60_000);
    const done = page.getByRole('button', { name: 'Done' });
    await done.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Done');
    const pressedAt = Date.now();
    await done.press('Enter');

    await expect.poll(async () => (await history()).length, { timeout: 10_000 }).toBe(before.length + 1);
    const logged = (await history()).at(-1)!;
    expect(DONE_OUTCOMES).toContain(logged.outcome);
    const t = await tracker();
    expect(t?.bout?.start ?? 0).toBeGreaterThan(boutBefore);
    expect(t?.bout?.start ?? 0).toBeGreaterThanOrEqual(pressedAt - 1_000);
    // The popup forgets the session right after the worker confirms the break.
    await expect.poll(async () => (await ext.storage()).session ?? null).toBeNull();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Break logged — nice work!');
    expect(exercise).toBeTruthy();
    await page.close();
  });

  it('reopening the popup resumes a running session with the time left', async () => {
    let page = await openPopup();
    await startMinute(page);
    await expect.poll(async () => (await ext.storage()).session).toBeTruthy();
    // Playwright's clock is per context, so earlier tests moved the pages' time on: use theirs.
    const pageNow = await page.evaluate(() => Date.now());
    await page.close();
    // Pretend it was started 35 s ago, then reopen.
    const session = (await ext.storage()).session as { startedAt: number };
    await ext.setStorage({ session: { ...session, startedAt: pageNow - 35_000 } });
    page = await openPopup();
    const text = (await page.getByTestId('session-left').textContent()) ?? '';
    const left = Number(/^(\d+) s left/.exec(text)?.[1]);
    expect(text, await page.locator('main').innerText()).toMatch(/^\d+ s left in this break$/);
    // 35 s in: 15 to 45 s of a 50–70 s dose after a 5–10 s get-ready, less whatever a loaded machine takes to open the page.
    expect(left).toBeGreaterThanOrEqual(10);
    expect(left).toBeLessThanOrEqual(45);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.close();
  });

  it('changing the interval in the popup moves the pending prompt alarm', async () => {
    const page = await openPopup();
    const promptAlarm = async () => (await ext.alarms()).map((a) => a.scheduledTime).sort()[0] ?? null;
    const bout = (await tracker())?.bout?.start ?? 0;
    await expect.poll(promptAlarm).not.toBeNull();
    const before = (await promptAlarm())!;

    await page.locator('summary', { hasText: 'Every 45 min' }).click();
    await page.getByLabel('Remind me every', { exact: true }).fill('10');
    await page.getByLabel('Remind me every', { exact: true }).press('Enter');
    await expect.poll(async () => ((await ext.storage('sync')).settings as { intervalMin: number } | undefined)?.intervalMin).toBe(10);
    // The alarm now fires 10 min after the bout started (before: a sign of life 15 min after the last change).
    await expect.poll(promptAlarm, { timeout: 10_000 }).toBeLessThan(before);
    expect(Math.abs((await promptAlarm())! - (bout + 10 * 60_000))).toBeLessThan(2_000);
    await expect.poll(() => page.getByTestId('status').textContent(), { timeout: 8_000 }).toMatch(/next break in \d+ min|Break due now/);

    // An invalid value saves nothing and leaves the alarm where it is.
    const alarm = await promptAlarm();
    await page.getByLabel('Remind me every', { exact: true }).fill('500');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    expect(await page.locator('#interval-error').textContent()).toBe('Use a whole number of minutes from 5 to 180.');
    expect(((await ext.storage('sync')).settings as { intervalMin: number }).intervalMin).toBe(10);
    expect(await promptAlarm()).toBe(alarm);
    await page.close();
  });

  it('as the break window, starts with focus on Start, and Escape closes it', async () => {
    const page = await openPopup('?window=break');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Start · 1 minute');
    const closed = page.waitForEvent('close', { timeout: 5_000 });
    // keydown alone: the window is gone before a keyup could be sent, and may be gone
    // before Playwright hears back about the keydown itself: the close is what counts.
    await page.keyboard.down('Escape').catch(() => undefined);
    await closed;
  });

  it('logged no console errors and made no foreign requests', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
