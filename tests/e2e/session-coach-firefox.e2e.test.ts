import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';

/**
 * The guided minute in Firefox ESR (production build), light and dark: get-ready,
 * mid-rep, the side switch and the end, with the caution on screen throughout and
 * the picture beside the ring. Firefox has no page clock here, so each moment is
 * reached by storing a session that started that long ago; the popup follows the
 * stored session as it does when reopened mid-minute.
 */
const POPUP = { width: 360, height: 600 };

describe.each(['light', 'dark'] as const)('Firefox: the guided minute as a coach (%s)', (scheme) => {
  let ext: FirefoxExtension;
  let page: Page;
  const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

  beforeAll(async () => {
    // 0 dark, 1 light: what the page sees as prefers-color-scheme.
    ext = await launchFirefox({ prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } });
    // Opens the harness's control page now, so storing a session later takes milliseconds,
    // not the seconds of a first page load (a 5 s get-ready would be over by then).
    await ext.storage();
  });
  beforeEach(async () => {
    await page?.close();
    page = await ext.openPage('popup.html', 'main article.card h2');
    await page.setViewport(POPUP);
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Starts `exerciseId`'s session `agoMs` ago, as a popup reopened mid-minute finds it. */
  const at = (exerciseId: string, agoMs: number) =>
    ext.setStorage({ session: { exerciseId, startedAt: Date.now() - agoMs, pausedAt: null, pausedMs: 0 } });
  /** The caution note lies wholly inside the 600 px popup. */
  const cautionInView = () =>
    page.$eval(
      '[data-testid="session-caution"]',
      (el, h) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= h;
      },
      POPUP.height,
    );
  const picture = () =>
    page
      .$eval('[data-testid="session-frame"]', (el) => {
        const box = el.getBoundingClientRect();
        return `${el.getAttribute('data-frame')}${el.getAttribute('data-mirrored') === 'true' ? ' mirrored' : ''}${box.width >= 120 ? ' large' : ''}`;
      })
      .catch(() => 'none');

  it('follows a per-side hold from get-ready through the switch to Done, caution visible', async () => {
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');

    await at('seated-figure-four', 0);
    await expect.poll(() => text('[data-testid="session-title"]')).toBe('Right leg first');
    await expect.poll(picture).toBe('start large');
    expect(await cautionInView()).toBe(true);
    await ext.screenshot(page, `coach-firefox-get-ready-${scheme}`);

    // 5 s get-ready + 25 s right leg: the switch runs 30–35 s.
    await at('seated-figure-four', 30_500);
    await expect.poll(() => text('[data-testid="session-title"]')).toBe('Switch to: Left leg');
    await expect.poll(picture).toBe('start mirrored large');
    expect(await cautionInView()).toBe(true);
    await ext.screenshot(page, `coach-firefox-switch-${scheme}`);

    // The minute ends 65 s in (get-ready + 60 s): Done replaces Pause.
    await at('seated-figure-four', 64_000);
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Done'), { timeout: 10_000 });
    expect(await text('[data-testid="session-title"]')).toBe('Well done');
    expect(await cautionInView()).toBe(true);
    await ext.screenshot(page, `coach-firefox-end-${scheme}`);
  });

  it('shows the rep count as the main figure and the frame of the moment in the rep', async () => {
    const squeeze = EXERCISES.find((e) => e.id === 'seated-glute-squeeze')!;
    if (squeeze.dose.type !== 'reps') throw new Error('seated-glute-squeeze is a reps exercise');
    const rep = squeeze.dose.secondsPerRep * 1_000;
    // Just past the midpoint of the third rep: the end frame.
    await at(squeeze.id, squeeze.getReadySeconds * 1_000 + 2 * rep + rep / 2 + 200);
    await expect.poll(() => text('.ring__value')).toBe(`3/${squeeze.dose.reps}`);
    await expect.poll(picture).toBe('end large');
    expect(await cautionInView()).toBe(true);
    await ext.screenshot(page, `coach-firefox-mid-rep-${scheme}`);
  });

  it('logged no console errors and made no network request', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
