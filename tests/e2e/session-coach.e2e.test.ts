import { EXERCISES } from '../../content/exercises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, type ChromiumExtension } from './harness/chromium';

/**
 * The guided minute in real Chromium (production build), followed as a user
 * away from the screen would: get-ready, the leg and the rep as the big
 * figure, the side switch, the end, with the caution on screen throughout.
 * Playwright's clock drives the time; screenshots in light and dark.
 */
const POPUP = { width: 360, height: 600 };
declare const chrome: typeof import('wxt/browser').browser;

describe('Chromium: the guided minute as a coach', () => {
  let ext: ChromiumExtension;

  /**
   * Opens the popup on a session of `exerciseId` started at the page's (fixed)
   * time; returns a function that sets the time `ms` into the session. Timers
   * keep running in real time, so the popup ticks and renders as usual.
   */
  async function openOn(
    exerciseId: string,
    scheme: 'light' | 'dark',
    reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
  ): Promise<[Page, (ms: number) => Promise<void>]> {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion });
    const t0 = Date.now();
    await page.clock.setFixedTime(t0);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await ext.setStorage({ session: { exerciseId, startedAt: t0, pausedAt: null, pausedMs: 0 } });
    await page.getByTestId('session-title').waitFor();
    return [page, (ms) => page.clock.setFixedTime(t0 + ms)];
  }
  /** The picture beside the ring: which frame, mirrored or not, and its drawn size. */
  const picture = async (page: Page) => {
    const frame = page.getByTestId('session-frame');
    const box = await frame.boundingBox();
    return {
      frame: await frame.getAttribute('data-frame'),
      mirrored: await frame.getAttribute('data-mirrored'),
      large: box !== null && box.width >= 120 && box.height >= 120,
    };
  };
  const face = async (page: Page) =>
    `${await page.getByTestId('session-title').textContent()} | ${await page.locator('.ring__value').textContent()}`;
  /** Lets the ring's 250 ms CSS transition (real time) settle before a screenshot. */
  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(300);
    await ext.screenshot(page, name);
  };

  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
  });
  beforeEach(async () => {
    await ext.inWorker(() => chrome.storage.local.remove('session'));
  });

  it.each(['light', 'dark'] as const)('a per-side hold runs from get-ready to Done with the caution visible (%s)', async (scheme) => {
    const [page, at] = await openOn('seated-figure-four', scheme);
    const caution = page.getByTestId('session-caution');
    const cautionInView = async () => {
      const box = await caution.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= POPUP.height;
    };

    await at(1_000);
    await expect.poll(() => face(page)).toBe('Right leg first | 4');
    expect(await cautionInView()).toBe(true);
    expect(await picture(page)).toEqual({ frame: 'start', mirrored: 'false', large: true });
    await shoot(page, `coach-get-ready-${scheme}`);

    await at(15_000);
    await expect.poll(() => face(page)).toBe('Right leg | 15');
    expect(await cautionInView()).toBe(true);
    expect(await picture(page)).toEqual({ frame: 'end', mirrored: 'false', large: true });
    await shoot(page, `coach-hold-${scheme}`);

    await at(31_000);
    await expect.poll(() => face(page)).toBe('Switch to: Left leg | 4');
    expect(await cautionInView()).toBe(true);
    expect(await picture(page)).toEqual({ frame: 'start', mirrored: 'true', large: true });
    await shoot(page, `coach-switch-${scheme}`);

    await at(36_000);
    await expect.poll(() => face(page)).toBe('Left leg | 24');
    expect(await picture(page)).toEqual({ frame: 'end', mirrored: 'true', large: true });
    await shoot(page, `coach-left-leg-${scheme}`);

    await at(66_000);
    await page.getByRole('button', { name: 'Done' }).waitFor();
    expect(await cautionInView()).toBe(true);
    if (scheme === 'light') expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `coach-end-${scheme}`);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('reps show the count as the main figure, readable at a glance (%s)', async (scheme) => {
    const squeeze = EXERCISES.find((e) => e.id === 'seated-glute-squeeze')!;
    if (squeeze.dose.type !== 'reps') throw new Error('seated-glute-squeeze is a reps exercise');
    const [page, at] = await openOn(squeeze.id, scheme);
    // In the third rep: after the get-ready and two reps. Its phases (tighten 1 s, hold 4 s, relax 1 s)
    // each light their own step, and the held position is drawn for the whole hold.
    const rep3 = squeeze.getReadySeconds * 1_000 + 2 * squeeze.dose.secondsPerRep * 1_000;
    const move = squeeze.steps.slice(squeeze.setupSteps);
    const lit = () => page.locator('.steps li.is-current').textContent();
    await at(rep3 + 250);
    await expect.poll(() => page.locator('.ring__value').textContent()).toBe(`3/${squeeze.dose.reps}`);
    await expect.poll(lit).toBe(move[0]);
    await expect.poll(() => picture(page)).toEqual({ frame: 'end', mirrored: 'false', large: true });
    await at(rep3 + 3_000);
    await expect.poll(lit).toBe(move[1]);
    await expect.poll(() => picture(page)).toEqual({ frame: 'end', mirrored: 'false', large: true });
    await at(rep3 + 5_250);
    await expect.poll(lit).toBe(move[2]);
    await expect.poll(() => picture(page)).toEqual({ frame: 'start', mirrored: 'false', large: true });
    expect(await page.locator('.ring__value').textContent()).toBe(`3/${squeeze.dose.reps}`);
    // The main figure is the largest text on screen, the seconds left secondary.
    const size = (sel: string) => page.locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.ring__value')).toBeGreaterThanOrEqual(48);
    expect(await size('.session__title')).toBeGreaterThan(await size('.session__left'));
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `coach-mid-rep-${scheme}`);
    await page.close();
  });

  it('with reduced motion the minute shows both frames, named, side by side, and they never switch', async () => {
    const [page, at] = await openOn('seated-glute-squeeze', 'light', 'reduce');
    const stills = page.getByTestId('session-frame').locator('figure');
    const shown = async () => ({
      captions: await stills.locator('figcaption').allTextContents(),
      large: (await stills.locator('svg').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width >= 120))).every(Boolean),
    });
    for (const ms of [1_000, 5_500, 8_000, 10_500]) {
      await at(ms);
      await expect.poll(shown).toEqual({ captions: ['Start position', 'End position'], large: true });
    }
    expect(await page.getByTestId('session-caution').isVisible()).toBe(true);
    await shoot(page, 'coach-reduced-motion');
    await page.close();
  });
});
