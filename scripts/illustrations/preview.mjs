// Renders a preview sheet of the illustrations at card size to /tmp/illustrations-preview.png:
// per exercise the start and end frames alone, then both stacked as the card shows them
// (start grey behind, end solid, target tinted) on a light and on a dark card.
// Run: node scripts/illustrations/preview.mjs [size] [id…]
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../../content/illustrations/', import.meta.url);
const [sizeArg = '120', ...only] = process.argv.slice(2);
const size = Number(sizeArg);
const ids = only.length
  ? only
  : [
      ...new Set(
        readdirSync(dir)
          .filter((f) => f.endsWith('-end.svg'))
          .map((f) => f.replace(/-end\.svg$/, '')),
      ),
    ].sort();
const svg = (id, which) => readFileSync(new URL(`${id}-${which}.svg`, dir), 'utf8');
const stack = (id, cls) =>
  `<div class="box ${cls}"><div class="start">${svg(id, 'start')}</div><div class="end">${svg(id, 'end')}</div></div>`;
const cells = ids.map(
  (id) => `<figure><div class="row"><div class="box solo">${svg(id, 'start')}</div><div class="box solo">${svg(id, 'end')}</div>
  ${stack(id, 'light')}${stack(id, 'dark')}</div><figcaption>${id}</figcaption></figure>`,
);
const cols = Number(process.env.COLS ?? Math.max(1, Math.floor(1290 / (4 * size + 40))));
const html = `<!doctype html><style>
  body { margin: 0; padding: 8px; font: 12px system-ui; background: #f7f5f2; color: #1f1c1a; display: grid; grid-template-columns: repeat(${cols}, auto); gap: 6px; }
  figure { margin: 0; background: #fff; border-radius: 8px; padding: 4px; }
  .row { display: flex; gap: 4px; } svg { width: ${size}px; height: ${size}px; display: block; }
  .box { position: relative; width: ${size}px; height: ${size}px; --target-fill: #d9622b; --target-opacity: .5; }
  .box > div { position: absolute; inset: 0; }
  .light .start { color: #c4bcb4; --target-opacity: .2; } .light .end { color: #1f1c1a; }
  .dark { background: #211f1d; border-radius: 6px; --target-fill: #f6a25b; }
  .dark .start { color: #5b544e; --target-opacity: .2; } .dark .end { color: #f3f0ec; --target-opacity: .6; }
  figcaption { text-align: center; font-weight: 600; }
</style>${cells.join('')}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({
  viewport: { width: cols * (4 * size + 40) + 20, height: 200 },
  deviceScaleFactor: Number(process.env.ZOOM ?? 1),
});
await page.setContent(html);
await page.screenshot({ path: '/tmp/illustrations-preview.png', fullPage: true });
await browser.close();
