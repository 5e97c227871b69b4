import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

/**
 * The exercise card's picture in the real extension (production build, Chromium): both
 * frames load from their own files through <use>, at 120 px, the start grey behind the
 * end, and the target muscle takes the tint, in light and dark.
 */
describe('Chromium: the exercise card picture', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['light', 'dark'] as const)(
    'draws the start frame grey behind the solid end frame, 120 px, target tinted (%s)',
    async (scheme) => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 360, height: 600 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await page.getByRole('heading', { level: 2 }).waitFor();
      const art = page.locator('.card__art');
      const alt = await art.getAttribute('aria-label');
      expect(alt).toMatch(/^A person /);

      // Both <use> elements resolve to a drawing (an unresolved one has an empty box).
      await page.waitForFunction(() => {
        const uses = [...document.querySelectorAll('.card__art use')] as SVGUseElement[];
        return uses.length === 2 && uses.every((u) => u.getBBox().width > 40);
      });
      const look = await page.evaluate(() => {
        const box = document.querySelector('.card__art')!.getBoundingClientRect();
        const [start, end] = [...document.querySelectorAll('.card__art svg')].map((s) => getComputedStyle(s));
        const hrefs = [...document.querySelectorAll('.card__art use')].map((u) => u.getAttribute('href'));
        return {
          width: box.width,
          height: box.height,
          startColor: start!.color,
          endColor: end!.color,
          tint: end!.getPropertyValue('--target-fill').trim(),
          hrefs,
        };
      });
      expect(look.width).toBeGreaterThanOrEqual(120);
      expect(look.height).toBeGreaterThanOrEqual(120);
      expect(look.hrefs[0]).toMatch(/-start[^/]*\.svg#f$/);
      expect(look.hrefs[1]).toMatch(/-end[^/]*\.svg#f$/);
      expect(look.startColor).not.toBe(look.endColor); // the start is the grey ghost
      expect(look.tint).not.toBe('');
      await art.screenshot({ path: (await import('./harness/paths')).screenshotPath(`card-art-${scheme}`) });
      await page.close();
    },
  );
});
