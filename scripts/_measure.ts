import { launchChromium } from '../tests/e2e/harness/chromium';
// Measures, in the real popup (production build, real time), how long each step is lit and each drawing shown.
const ext = await launchChromium();
for (const id of ['glute-squeeze', 'glute-bridge', 'chair-forward-fold']) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.getByRole('heading', { level: 2 }).waitFor();
  await page.evaluate(() => {
    const log: [number, string][] = [];
    (window as unknown as { __log: typeof log }).__log = log;
    let last = '';
    const tick = () => {
      const step = document.querySelector('.steps li.is-current')?.textContent ?? '(none lit)';
      const frame = document.querySelector('[data-testid="session-frame"]')?.getAttribute('data-frame') ?? '-';
      const title = document.querySelector('[data-testid="session-title"]')?.textContent ?? '-';
      const key = `${title} · ${frame} frame · ${step}`;
      if (key !== last) { log.push([performance.now(), key]); last = key; }
      requestAnimationFrame(tick);
    };
    tick();
  });
  await ext.setStorage({ session: { exerciseId: id, startedAt: Date.now(), pausedAt: null, pausedMs: 0 } });
  await page.getByRole('button', { name: 'Done' }).waitFor({ timeout: 120_000 });
  const log = await page.evaluate(() => (window as unknown as { __log: [number, string][] }).__log);
  const rows = log.map(([t, k], i) => `${((( log[i + 1]?.[0] ?? t) - t) / 1000).toFixed(2).padStart(6)} s  ${k}`);
  console.log(`\n== ${id}\n${rows.join('\n')}`);
  await page.close();
}
await ext.close();
