// `npm run store:screenshots`: the store images, made from the real extension
// (the production build in .output/chrome-mv3) in Debian's headless Chromium:
// three 1280×800 screenshots (the popup with an exercise card, the guided
// minute, the options page) and the 440×280 promo tile, in docs/store/images/.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
/** @type {any} the extension API inside the worker's evaluate() calls */
const chrome = undefined;

const ROOT = path.resolve(import.meta.dirname, '..');
const EXT = path.join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const OUT = path.join(ROOT, 'docs/store/images');
const BROWSER = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!existsSync(path.join(EXT, 'manifest.json'))) throw new Error(`No build in ${EXT}: run \`npm run build\` first.`);
if (!BROWSER) throw new Error('Chromium is not installed: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
mkdirSync(OUT, { recursive: true });

const profile = path.join(tmpdir(), `glute-break-store-${process.pid}`);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: BROWSER,
  headless: true,
  colorScheme: 'light',
  deviceScaleFactor: 1,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // A user with a few days of breaks, so the popup and options show real figures.
  await worker.evaluate(async () => {
    const day = 86_400_000;
    const now = Date.now();
    const entries = [];
    for (let d = 6; d >= 0; d--) {
      for (const h of d === 0 ? [1] : [0, 2, 4]) {
        const end = now - d * day - h * 3_600_000;
        entries.push({
          start: end - 50 * 60_000,
          end,
          screenMs: 46 * 60_000,
          outcome: h === 2 ? 'moved' : 'taken',
          snoozes: 0,
          exerciseId: 'glute-bridge',
        });
      }
    }
    const { history } = await chrome.storage.local.get('history');
    await chrome.storage.local.set({ history: { version: history?.version ?? 1, entries } });
  });
  for (let i = 0; i < 50 && !(await worker.evaluate(() => chrome.storage.local.get('tracker'))).tracker?.bout; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const p of context.pages()) if (p.url().includes('welcome=1')) await p.close();

  const shoot = async (page) => `data:image/png;base64,${(await page.screenshot()).toString('base64')}`;
  /** The popup at its real size, framed on a 1280×800 canvas with a caption. */
  async function framed(file, popupPng, title, caption) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;justify-content:center;gap:72px;background:linear-gradient(135deg,#eef6f1,#dcebf7);font-family:system-ui,sans-serif;color:#16302b">
      <div style="max-width:460px"><h1 style="font-size:44px;line-height:1.15;margin:0 0 20px">${title}</h1><p style="font-size:22px;line-height:1.5;margin:0">${caption}</p></div>
      <img src="${popupPng}" width="360" height="600" style="border-radius:14px;box-shadow:0 18px 50px rgba(20,50,60,.25)"></body></html>`);
    await page.screenshot({ path: path.join(OUT, file) });
    await page.close();
  }

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByRole('heading', { level: 2 }).waitFor();
  await popup
    .getByTestId('status')
    .filter({ hasText: /next break in/ })
    .waitFor();
  await framed(
    'screenshot-1-popup.png',
    await shoot(popup),
    'A break, with one exercise to do',
    'Every 45 minutes or so, Glute Break suggests getting up, with a glute or hip exercise picked for where you are.',
  );

  await popup.getByRole('button', { name: 'Start · 1 minute' }).click();
  // The first guided minute shows the safety text once; then a get-ready, skipped here
  // so the picture shows the exercise itself.
  await popup.getByRole('button', { name: 'I have read this, start' }).click();
  await popup.locator('.ring').waitFor();
  await popup.getByRole('button', { name: 'Start now' }).click();
  await popup.getByRole('button', { name: 'Start now' }).waitFor({ state: 'detached' });
  // A few seconds into the exercise, the ring's CSS transition settled.
  await popup.waitForTimeout(4_000);
  await framed(
    'screenshot-2-guided-minute.png',
    await shoot(popup),
    'One guided minute',
    'A countdown, the current step highlighted, when to switch sides and how many reps.',
  );
  await popup.getByRole('button', { name: 'Stop' }).click();

  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { name: 'Reminders' }).waitFor();
  await options.screenshot({ path: path.join(OUT, 'screenshot-3-options.png') });

  const tile = await context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  const icon = `data:image/png;base64,${readFileSync(path.join(EXT, 'icon/128.png')).toString('base64')}`;
  await tile.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box;background:linear-gradient(135deg,#1f6f5c,#2b5d8a);font-family:system-ui,sans-serif;color:#fff">
    <img src="${icon}" width="104" height="104"><div><div style="font-size:36px;font-weight:700">Glute Break</div>
    <div style="font-size:18px;line-height:1.4;margin-top:8px">Get up from the screen. One minute, one exercise.</div></div></body></html>`);
  await tile.screenshot({ path: path.join(OUT, 'promo-tile-440x280.png') });
  console.log(`Store images written to ${path.relative(ROOT, OUT)}/`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
