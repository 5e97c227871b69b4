import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

/**
 * Buttons that stay put, in real Chromium on the production build at the popup's 360 × 600:
 * a user clicking "Another exercise" again and again keeps the cursor on it, and never lands on
 * Start or Skip because a taller or shorter card pushed them under the pointer.
 */
const POPUP = { width: 360, height: 600 };
type Box = { x: number; y: number; width: number; height: number };

describe('Chromium: the popup buttons stay put', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const boxes = async (page: Page): Promise<Record<string, Box | null>> => ({
    start: await page.getByRole('button', { name: 'Start · 1 minute' }).boundingBox(),
    another: await page.getByRole('button', { name: 'Another exercise' }).boundingBox(),
    skip: await page.getByRole('button', { name: 'Skip', exact: true }).boundingBox(),
  });

  it('through 10 clicks of Another, Start, Another and Skip keep their boxes, and all fits in 360 × 600', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const heading = page.getByRole('heading', { level: 2 });
    await heading.waitFor();
    const first = await boxes(page);
    expect(first.start && first.another && first.skip).toBeTruthy();
    const names = [await heading.textContent()];
    for (let i = 0; i < 10; i++) {
      const before = names[names.length - 1];
      await page.getByRole('button', { name: 'Another exercise' }).click();
      await expect.poll(() => heading.textContent()).not.toBe(before);
      names.push(await heading.textContent());
      expect(await boxes(page), `after click ${i + 1} (${names[names.length - 1]})`).toEqual(first);
    }
    // Cards of different lengths passed by, and the whole popup still fits without scrolling.
    expect(new Set(names).size).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(POPUP.height);
    // Skip is well away from Another: not in its row (it ends the Start row above), not over it.
    const skipBelow = first.skip!.y > first.another!.y + first.another!.height;
    const skipAbove = first.skip!.y + first.skip!.height < first.another!.y;
    expect(skipAbove || skipBelow).toBe(true);
    expect(first.skip!.x).toBeGreaterThan(first.another!.x + first.another!.width);
    await ext.screenshot(page, 'popup-steady-bar');
    await page.close();
  });
});
