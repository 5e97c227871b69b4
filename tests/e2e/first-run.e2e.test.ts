declare const chrome: typeof import('wxt/browser').browser;
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseById } from '../../content/exercises';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { screenshotPath } from './harness/paths';

/**
 * A new user's first minutes, in real Chromium on the production build: the
 * first card suits a desk and is not the same for everyone; the welcome's
 * one-minute try starts a guided minute; the toolbar shows a pause, and shows
 * it again after the worker was killed and the browser restarted.
 */

const FLOOR_WORDS = /\b(kneel|kneeling|lie|lying|all fours)\b/i;

describe('Chromium: the first card of five fresh installs', () => {
  it('is never a floor exercise, and not the same one for all five', async () => {
    const seen: { id: string; name: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const ext = await launchChromium();
      try {
        const page = await ext.openPage('popup.html');
        const heading = page.getByRole('heading', { level: 2 });
        await heading.waitFor();
        const id = ((await ext.storage()).tracker as { exerciseId: string | null }).exerciseId;
        expect(id, `install ${i + 1}: the worker picked a card`).toBeTruthy();
        const exercise = exerciseById(id!);
        // What the card asks the user to do (the safety note below it may mention lying still).
        const steps = (await page.locator('.card .steps').textContent()) ?? '';
        expect(await heading.textContent()).toBe(exercise?.name);
        expect(exercise?.position, `install ${i + 1}: ${id}`).not.toBe('floor');
        expect(steps, `install ${i + 1}: ${id}`).not.toMatch(FLOOR_WORDS);
        seen.push({ id: id!, name: exercise!.name });
      } finally {
        await ext.close();
      }
    }
    expect(new Set(seen.map((s) => s.id)).size, JSON.stringify(seen)).toBeGreaterThan(1);
  }, 300_000);
});

describe('Chromium: the welcome and the toolbar', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const title = () => ext.inWorker(() => chrome.action.getTitle({}));

  it('the worker opened the welcome, which says how to pin the icon; its one-minute try starts a guided minute after the safety text', async () => {
    expect(ext.welcomeUrl).toMatch(/options\.html\?welcome=1$/);
    const welcome = await ext.openPage('options.html?welcome=1');
    const hint = welcome.getByTestId('pin-hint');
    await expect.poll(() => hint.textContent()).toMatch(/puzzle-piece Extensions button/);
    for (const scheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.getByTestId('welcome').screenshot({ path: screenshotPath(`first-run-welcome-${scheme}`) });
    }
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('popup.html?window=break&start=1'));
    await welcome.getByRole('button', { name: 'Start a one-minute try' }).click();
    const breakWindow = await opened;
    // A first minute begins with the safety text (read once per profile), then runs from its get-ready.
    const acknowledged = ((await ext.storage('sync')).settings as { safetyAcknowledged?: boolean } | undefined)?.safetyAcknowledged;
    if (!acknowledged) await breakWindow.getByRole('button', { name: 'I have read this, start' }).click();
    await breakWindow.getByRole('button', { name: 'Start now' }).waitFor();
    await expect.poll(async () => ((await ext.storage()).tracker as { session: unknown }).session).toBeTruthy();
    await ext.screenshot(breakWindow, 'first-run-try-minute');
    await breakWindow.getByRole('button', { name: /stop/i }).click();
    await expect.poll(async () => ((await ext.storage()).tracker as { session: unknown }).session).toBeNull();
    await welcome.close();
  });

  it('pausing greys the toolbar button and says until when; the worker killed and the browser restarted, it still does; Resume brings the usual one back', async () => {
    expect(await title()).toBe('Glute Break');
    const page = await ext.openPage('popup.html');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } }));
    await expect.poll(title).toBe('Glute Break — Paused until you resume');
    await page.close();

    await ext.killWorker();
    ext = await ext.relaunch();
    // The restarted browser shows the manifest's title until reconcile puts the state's back.
    await expect.poll(title).toBe('Glute Break — Paused until you resume');

    const again = await ext.openPage('popup.html');
    await again.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(title).toBe('Glute Break');
    // setIcon found every icon file: a failed effect is logged as an error.
    expect(ext.consoleErrors.filter((e) => e.includes('glute-break'))).toEqual([]);
  });
});
