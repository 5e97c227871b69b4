// Renders a preview sheet of the illustrations (start, end, and both overlaid as the card
// shows them) to /tmp/illustrations-preview.png. Run: node scripts/illustrations/preview.mjs [size] [id…]
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../../content/illustrations/', import.meta.url);
const [size = '120', ...only] = process.argv.slice(2);
const ids = only.length ? only : [...new Set(readdirSync(dir).filter((f) => f.endsWith('-end.svg')).map((f) => f.replace(/-end\.svg$/, '')))].sort();
const svg = (id, which) => readFileSync(new URL(`${id}-${which}.svg`, dir), 'utf8');
const cells = ids.map((id) => `<figure><div class="row"><div class="start">${svg(id, 'start')}</div><div>${svg(id, 'end')}</div>
  <div class="both"><div class="start ghost">${svg(id, 'start')}</div><div class="end">${svg(id, 'end')}</div></div></div><figcaption>${id}</figcaption></figure>`);
const html = `<!doctype html><style>
  body { margin: 0; padding: 8px; font: 12px system-ui; background: #f7f5f2; color: #1f1c1a; display: grid; grid-template-columns: repeat(${Math.max(1, Math.floor(1290 / (3 * size + 30)))}, auto); gap: 6px; }
  figure { margin: 0; background: #fff; border-radius: 8px; padding: 4px; }
  .row { display: flex; gap: 4px; } svg { width: ${size}px; height: ${size}px; display: block; }
  .target { --target-fill: #e0662f; --target-opacity: .55; }
  .start { color: #1f1c1a; } .ghost { color: #b8b1aa; } .both { position: relative; width: ${size}px; height: ${size}px; }
  .both > div { position: absolute; inset: 0; } figcaption { text-align: center; font-weight: 600; }
</style>${cells.join('')}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 400 } });
await page.setContent(html);
await page.screenshot({ path: '/tmp/illustrations-preview.png', fullPage: true });
await browser.close();
