import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { ROOT, screenshotPath } from './harness/paths';

/**
 * Contact sheet: every exercise card (name + illustration) on one page in real
 * Chromium, saved as tests/e2e/__screenshots__/catalogue.png for a human to
 * check that each drawing reads as its exercise. The top rows draw the SVGs
 * inline; the last row repeats a few through a CSS mask on a dark card, as the
 * popup does, to prove the strokes show on a transparent background.
 */
const svg = (file: string) => readFileSync(path.join(ROOT, 'content/illustrations', file), 'utf8');
// Exercises added in catalogue v2 are drawn by the illustrations change (two frames each).
const DRAWN = EXERCISES.filter((e) => existsSync(path.join(ROOT, 'content/illustrations', `${e.id}.svg`)));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function contactSheet(): string {
  const cards = DRAWN.map(
    (e) => `<figure class="card" data-id="${e.id}">
      <div class="art" role="img" aria-label="${escape(e.alt)}">${svg(`${e.id}.svg`)}</div>
      <figcaption>${escape(e.name)}<small>${e.kind} · ${e.position} · ${e.equipment}</small></figcaption>
    </figure>`,
  ).join('');
  const masked = DRAWN.slice(0, 8).map(
    (e) => `<figure class="card dark"><div class="mask" data-id="${e.id}" role="img" aria-label="${escape(e.alt)}"
      style="-webkit-mask-image:url('data:image/svg+xml;base64,${Buffer.from(svg(`${e.id}.svg`)).toString('base64')}')"></div>
      <figcaption>${escape(e.name)}</figcaption></figure>`,
  ).join('');
  return `<!doctype html><html><head><style>
    body { margin: 0; padding: 12px; font: 12px system-ui, sans-serif; background: #f4f1ec; color: #2b2a33; }
    .grid { display: grid; grid-template-columns: repeat(8, 140px); gap: 8px; }
    .card { margin: 0; padding: 6px; background: #fff; border-radius: 8px; text-align: center; }
    .card.dark { background: #23222b; color: #f2efe9; }
    .art svg, .mask { width: 120px; height: 120px; display: block; margin: 0 auto; }
    .mask { background: currentColor; -webkit-mask-size: contain; -webkit-mask-repeat: no-repeat; }
    figcaption { font-weight: 600; min-height: 30px; }
    small { display: block; font-weight: 400; opacity: .65; }
  </style></head><body><div class="grid">${cards}${masked}</div></body></html>`;
}

describe('the exercise contact sheet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every card with a visible drawing and saves catalogue.png', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(contactSheet());

    // Each inline drawing paints something figure-sized inside its 120×120 box.
    const boxes = await page.$$eval('.art svg', (svgs) =>
      svgs.map((s) => {
        const b = (s as SVGSVGElement).getBBox();
        return { id: s.closest('figure')!.getAttribute('data-id'), w: b.width, h: b.height, x: b.x, y: b.y };
      }),
    );
    expect(boxes).toHaveLength(DRAWN.length);
    for (const b of boxes) {
      expect(Math.max(b.w, b.h), `${b.id} is drawn`).toBeGreaterThan(50);
      expect(b.x, `${b.id} stays in view`).toBeGreaterThanOrEqual(0);
      expect(b.y, `${b.id} stays in view`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w, `${b.id} stays in view`).toBeLessThanOrEqual(120);
      expect(b.y + b.h, `${b.id} stays in view`).toBeLessThanOrEqual(120);
    }

    const file = screenshotPath('catalogue.png');
    await page.screenshot({ path: file, fullPage: true });
    await page.close();
  });

  it.each(DRAWN.map((e) => `${e.id}.svg`))('%s draws opaque strokes on a transparent background (a usable CSS mask)', async (file) => {
    const page = await browser.newPage();
    const url = `data:image/svg+xml;base64,${Buffer.from(svg(file)).toString('base64')}`;
    const coverage = await page.evaluate(async (src) => {
      const img = new Image(120, 120);
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 120;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, 120, 120);
      const alpha = ctx.getImageData(0, 0, 120, 120).data.filter((_, i) => i % 4 === 3);
      return alpha.filter((a) => a > 128).length / alpha.length;
    }, url);
    expect(coverage).toBeGreaterThan(0.03); // strokes are there
    expect(coverage).toBeLessThan(0.35); // and the background is see-through
    await page.close();
  });
});
