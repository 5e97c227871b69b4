import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { ROOT, screenshotPath } from './harness/paths';

/**
 * Contact sheet: every exercise's start and end frames at card size (120 px) in real
 * Chromium, then both stacked as the card shows them (start grey behind, end solid, the
 * target muscle tinted) on a light and on a dark card, for every exercise. Saved as
 * tests/e2e/__screenshots__/catalogue.png for a human to check that each drawing reads as
 * its exercise. The frames are loaded the way the card loads them:
 * `<svg><use href="<file>#f"/></svg>` from a same-origin URL.
 */
const DIR = path.join(ROOT, 'content/illustrations');
const ORIGIN = 'https://sheet.test';
const NEW_IDS = ['desk-split-squat', 'standing-hip-hinge', 'ball-glute-release'];
const IDS = [...new Set([...EXERCISES.map((e) => e.id), ...NEW_IDS])]; // NEW_IDS are in EXERCISES since catalogue v2
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.svg'));
const nameOf = (id: string) => EXERCISES.find((e) => e.id === id)?.name ?? id;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const use = (id: string, which: 'start' | 'end') =>
  `<svg class="frame frame--${which}" viewBox="0 0 120 120"><use href="/${id}-${which}.svg#f"/></svg>`;

function contactSheet(): string {
  const cell = (id: string) => `<figure data-id="${id}">
      <div class="row"><div class="box solo">${use(id, 'start')}</div><div class="box solo">${use(id, 'end')}</div>
      <div class="box card">${use(id, 'start')}${use(id, 'end')}</div>
      <div class="box card dark">${use(id, 'start')}${use(id, 'end')}</div></div>
      <figcaption>${escape(nameOf(id))}</figcaption></figure>`;
  return `<!doctype html><html><head><style>
    body { margin: 0; padding: 10px; font: 12px system-ui, sans-serif; background: #f7f5f2; color: #1f1c1a; }
    .grid { display: grid; grid-template-columns: repeat(3, auto); gap: 8px; }
    figure { margin: 0; padding: 6px; background: #fff; border-radius: 8px; }
    .row { display: flex; gap: 4px; }
    .box { position: relative; width: 120px; height: 120px; --ghost: #c4bcb4; --target-fill: #d9622b; }
    .box.dark { background: #211f1d; color: #f3f0ec; border-radius: 6px; --ghost: #5b544e; --target-fill: #f6a25b; }
    .box svg { position: absolute; inset: 0; width: 100%; height: 100%; }
    .solo .frame { --target-opacity: .5; }
    .card .frame--start { color: var(--ghost); --target-opacity: .2; }
    .card .frame--end { --target-opacity: .5; }
    .card.dark .frame--end { --target-opacity: .6; }
    figcaption { font-weight: 600; text-align: center; margin-top: 2px; }
  </style></head><body><div class="grid">${IDS.map(cell).join('')}</div></body></html>`;
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

  it('draws both frames of every exercise through <use>, as the card does, and saves catalogue.png', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      return file === 'sheet.html'
        ? route.fulfill({ contentType: 'text/html', body: contactSheet() })
        : route.fulfill({ contentType: 'image/svg+xml', body: readFileSync(path.join(DIR, path.basename(file)), 'utf8') });
    });
    await page.goto(`${ORIGIN}/sheet.html`);
    // Every <use> resolved to a drawing of figure size inside its 120 × 120 box.
    await page.waitForFunction(() => [...document.querySelectorAll('use')].every((u) => (u as SVGUseElement).getBBox().width > 0));
    const boxes = await page.$$eval('.solo use', (uses) =>
      uses.map((u) => {
        const b = (u as SVGUseElement).getBBox();
        return { id: u.closest('figure')!.getAttribute('data-id'), w: b.width, h: b.height, x: b.x, y: b.y };
      }),
    );
    expect(boxes).toHaveLength(IDS.length * 2);
    for (const b of boxes) {
      expect(Math.max(b.w, b.h), `${b.id} is drawn`).toBeGreaterThan(50);
      expect(b.x, `${b.id} stays in view`).toBeGreaterThanOrEqual(0);
      expect(b.y, `${b.id} stays in view`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w, `${b.id} stays in view`).toBeLessThanOrEqual(120);
      expect(b.y + b.h, `${b.id} stays in view`).toBeLessThanOrEqual(120);
    }
    await page.screenshot({ path: screenshotPath('catalogue.png'), fullPage: true });
    await page.close();
  });

  it('every drawing parses as strict XML and paints thin strokes on a transparent background', async () => {
    const page = await browser.newPage();
    const drawings = FILES.map((file) => [file, readFileSync(path.join(DIR, file), 'utf8')] as const);
    const results = await page.evaluate(async (all) => {
      const one = async (text: string) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const parseError = doc.getElementsByTagName('parsererror').length > 0;
        const img = new Image(120, 120);
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 120;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0, 120, 120);
        const alpha = ctx.getImageData(0, 0, 120, 120).data.filter((_, i) => i % 4 === 3);
        return { parseError, coverage: alpha.filter((a) => a > 128).length / alpha.length };
      };
      return Promise.all(all.map(async ([file, text]) => ({ file, ...(await one(text)) })));
    }, drawings);
    expect(results).toHaveLength(FILES.length);
    // Strokes are there (over 3 % painted) and the background is see-through (under 35 %).
    expect(results.filter((r) => r.parseError || r.coverage <= 0.03 || r.coverage >= 0.35)).toEqual([]);
    await page.close();
  });
});
