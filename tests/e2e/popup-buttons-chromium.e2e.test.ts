import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

/**
 * The popup's action buttons at 360×600 in each language we ship (German is the
 * longest): no label wraps onto a second line or runs out of its button, nothing
 * sticks out of the popup. "Postpone · 2 left" (nothing due, with what is left of the snoozes) is the longest label.
 */
const POPUP = { width: 360, height: 600 };

describe.each([
  ['en', 'Postpone · 2 left'],
  ['de', 'Verschieben · noch 2'],
  ['es', 'Aplazar · quedan 2'],
])('Chromium in %s: the action buttons at 360×600', (locale, postpone) => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium({ locale, args: [`--lang=${locale}`] });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('every button keeps its label on one line, whole, inside the popup', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.getByText(postpone, { exact: true }).waitFor();
    const layout = await page.evaluate(() => {
      // The height of a quiet button with a one-word label, measured in the same row.
      const row = document.querySelector('.actions__row')!;
      const probe = document.createElement('button');
      probe.className = 'btn btn--quiet';
      probe.textContent = 'X';
      row.append(probe);
      const oneLine = probe.getBoundingClientRect().height;
      probe.remove();
      const width = document.documentElement.clientWidth;
      const buttons = [...document.querySelectorAll<HTMLElement>('.actions .btn')].map((el) => {
        const box = el.getBoundingClientRect();
        return {
          label: el.textContent ?? '',
          wraps: !el.classList.contains('btn--primary') && Math.round(box.height) !== Math.round(oneLine),
          cut: el.scrollWidth > el.clientWidth,
          outside: box.left < 0 || box.right > width,
        };
      });
      return { buttons, pageScrollsSideways: document.documentElement.scrollWidth > width };
    });
    expect(layout.buttons.length).toBeGreaterThanOrEqual(6);
    expect(layout.buttons.filter((b) => b.wraps || b.cut || b.outside)).toEqual([]);
    expect(layout.pageScrollsSideways).toBe(false);
    await ext.screenshot(page, `popup-buttons-${locale}`);
    await page.close();
  });
});
