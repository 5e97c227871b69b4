// Renders the toolbar icons to public/icon/ with headless Chromium, all drawn
// from assets/icon.svg so they stay one family: {16,32,48,128}.png (running),
// paused-<size>.png and outside-<size>.png (entrypoints/background/toolbar-look.ts
// picks one). Run: node scripts/draw-icons.mjs
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');

/** Recolours the tile and figure, and adds a corner mark (the "!" badge takes the bottom right). */
function variant(colours, mark) {
  let svg = base;
  for (const [from, to] of Object.entries(colours)) svg = svg.replaceAll(`"${from}"`, `"${to}"`);
  return svg.replace('</svg>', `${mark}</svg>`);
}

const VARIANTS = {
  '': base,
  // Paused: the tile goes grey (no colour = not watching), with a pause sign that still reads at 16 px.
  'paused-': variant(
    { '#0f766e': '#6b7280', '#99f6e4': '#d1d5db', '#fbbf24': '#e5e7eb' },
    '<circle cx="92" cy="36" r="34" fill="#1f2937" stroke="#ffffff" stroke-width="6"/>' +
      '<rect x="76" y="18" width="12" height="36" rx="3" fill="#ffffff"/><rect x="96" y="18" width="12" height="36" rx="3" fill="#ffffff"/>',
  ),
  // Outside work hours: a night tile, the figure muted, and a moon.
  'outside-': variant(
    { '#0f766e': '#1e293b', '#99f6e4': '#475569', '#ffffff': '#94a3b8', '#fbbf24': '#64748b' },
    '<circle cx="96" cy="32" r="26" fill="#fde68a"/><circle cx="108" cy="22" r="22" fill="#1e293b"/>',
  ),
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const [prefix, svg] of Object.entries(VARIANTS)) {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: new URL(`../public/icon/${prefix}${size}.png`, import.meta.url).pathname, omitBackground: true });
    await page.close();
  }
}
await browser.close();
