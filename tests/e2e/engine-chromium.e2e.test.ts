import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrackerState } from '../../core/engine';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { until } from './harness/until';

// In page.evaluate on an extension page, `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The screen-time engine in real headless Chromium. Reads happen from an
 * extension page (storage, notifications, badge), never through the worker,
 * so polling does not keep the worker alive or wake it.
 */
const NOTIFICATION_ID = 'glute-break:prompt';
const ALARM = 'glute-break:wake';

let ext: ChromiumExtension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function look(page: Page) {
  return page.evaluate(async (id) => {
    const local = await chrome.storage.local.get(['tracker', 'history']);
    return {
      tracker: (local.tracker ?? null) as TrackerState | null,
      history: ((local.history as { entries?: unknown[] } | undefined)?.entries ?? []) as { outcome: string }[],
      notifications: Object.keys(await chrome.notifications.getAll()),
      shown: id in (await chrome.notifications.getAll()),
      badge: await chrome.action.getBadgeText({}),
      alarms: await chrome.alarms.getAll(),
    };
  }, NOTIFICATION_ID);
}

/** A fresh worker that has run its start-up reconcile (it marks `reconcile-done` when it has). */
async function freshWorkerReconciled(ext: ChromiumExtension): Promise<void> {
  await ext.worker();
  await until(
    () => ext.inWorker(() => performance.getEntriesByName('reconcile-done').length),
    (n) => n > 0,
    15_000,
  );
}

/** Prompts on the dot here (the engine's timing); the natural-pause wait has its own tests in real-day-chromium. */
async function saveSettings(page: Page, change: Partial<Settings>) {
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), { ...DEFAULT_SETTINGS, pauseWaitMin: 0, ...change });
}

describe('Chromium: screen-time engine', () => {
  it('production build: the prompt one minute before due shows the notification and the "!" badge (lateness printed)', async () => {
    ext = await launchChromium();
    const page = await ext.openPage('manifest.json');
    await saveSettings(page, {}); // on the dot
    await until(
      () => look(page),
      (l) => l.tracker?.bout != null,
      10_000,
    );
    // The last minute of a 45-min bout: rewrite the stored bout while the worker is stopped;
    // the storage change wakes a fresh worker, whose reconcile sets the alarm. The last change it
    // saw is recent (a sign of life), or the stored bout would read as a machine that slept.
    await ext.killWorker();
    const due = Date.now() + 60_000;
    const { tracker } = await look(page);
    await page.evaluate((t) => chrome.storage.local.set({ tracker: t }), {
      ...tracker!,
      bout: { ...tracker!.bout!, start: due - 45 * 60_000, creditedMs: 0, snoozes: 0 },
      prompt: null,
      wakeAt: null,
      lastEventAt: Date.now(),
    });
    const armed = await until(
      () => look(page),
      (l) => l.alarms.some((a) => a.name === ALARM && Math.abs(a.scheduledTime - due) < 2_000),
      10_000,
    );
    const scheduled = armed.alarms.find((a) => a.name === ALARM)!.scheduledTime;
    await ext.killWorker(); // the alarm must wake a stopped worker, as in real use
    expect(ext.workerStatus()).toBe('stopped');

    const seen = await until(
      () => look(page),
      (l) => l.shown,
      90_000,
      100,
    );
    expect(seen.badge).toBe('!');
    expect(seen.tracker!.prompt).toMatchObject({ phase: 'due', nudges: 0 });
    const shownAt = seen.tracker!.prompt!.shownAt!;
    expect(shownAt - scheduled).toBeGreaterThanOrEqual(0);
    expect(shownAt - scheduled).toBeLessThan(15_000);
    const popup = await ext.openPage('popup.html');
    await popup.waitForSelector('#app > *');
    await ext.screenshot(popup, 'engine-chromium-popup-due');
    expect(ext.consoleErrors).toEqual([]);
  }, 150_000);

  it('killing the worker five times during a bout still yields exactly one prompt (e2e build, 14-s interval)', async () => {
    ext = await launchChromium({ build: 'e2e' });
    const page = await ext.openPage('manifest.json');
    // 14 s: shorter than the 15-"minute" sign of life, so the one alarm is the prompt's.
    await saveSettings(page, { intervalMin: 14, repeatNudges: false, naturalBreakMin: 30 });
    // Until the worker has applied the 14-s interval (before that the alarm is the default one).
    const start = await until(
      () => look(page),
      (l) => l.tracker?.bout != null && l.alarms.length === 1 && l.alarms[0]!.scheduledTime === l.tracker.bout.start + 14_000,
      10_000,
    );
    const boutStart = start.tracker!.bout!.start;
    const due = boutStart + 14_000;
    expect(start.alarms[0]!.scheduledTime).toBe(due);

    for (let i = 0; i < 5; i += 1) {
      await ext.killWorker();
      await freshWorkerReconciled(ext); // startBackground() and its reconcile run again
    }
    expect(Date.now()).toBeLessThan(due); // all kills happened inside the bout
    await ext.killWorker();

    const seen = await until(
      () => look(page),
      (l) => l.shown,
      30_000,
    );
    const firstShownAt = seen.tracker!.prompt!.shownAt;
    // One more kill after the prompt: the fresh worker keeps the same prompt, never re-shown,
    // and the same bout; with nudges off the only alarm left is the silent check one interval after it.
    await ext.killWorker();
    await freshWorkerReconciled(ext);
    const later = await look(page);
    expect(later.tracker!.bout!.start).toBe(boutStart);
    expect(later.tracker!.prompt).toMatchObject({ phase: 'due', nudges: 0, shownAt: firstShownAt, firstAt: firstShownAt });
    expect(later.notifications).toEqual([NOTIFICATION_ID]);
    expect(later.history).toEqual([]);
    expect(later.alarms.map((a) => [a.name, a.scheduledTime])).toEqual([['glute-break:wake', firstShownAt! + 14_000]]);
    expect(later.badge).toBe('!');
    expect(ext.consoleErrors).toEqual([]);
  }, 120_000);

  it('closing and relaunching the browser keeps settings and history, one pending prompt, no duplicate notification', async () => {
    ext = await launchChromium({ build: 'e2e' });
    let page = await ext.openPage('manifest.json');
    await saveSettings(page, { intervalMin: 5, repeatNudges: false, naturalBreakMin: 30 });
    // Sat for over a minute (a second in this build): "I already moved" on a younger bout logs nothing, by design.
    await until(
      () => look(page),
      (l) => l.tracker?.bout != null && Date.now() - l.tracker.bout.start > 1_500,
      10_000,
    );
    const popup = await ext.openPage('popup.html');
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'action', action: { kind: 'moved' } }))).toEqual({ ok: true });
    await popup.close();
    const before = await until(
      () => look(page),
      (l) => l.shown,
      20_000,
    );
    expect(before.history.map((h) => h.outcome)).toEqual(['moved']);
    const shownAt = before.tracker!.prompt!.shownAt;

    ext = await ext.relaunch();
    page = await ext.openPage('manifest.json');
    const after = await until(
      () => look(page),
      (l) => l.badge === '!',
      15_000,
    );
    await freshWorkerReconciled(ext); // the relaunched browser's worker has caught up
    const settled = await look(page);
    const settings = await page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Settings);
    expect(settings.intervalMin).toBe(5);
    expect(settled.history.map((h) => h.outcome)).toEqual(['moved']);
    expect(settled.tracker!.prompt).toMatchObject({ phase: 'due', shownAt }); // the same prompt, not shown again
    expect(settled.notifications.length).toBeLessThanOrEqual(1);
    expect(after.badge).toBe('!');
    expect(ext.consoleErrors).toEqual([]);
  }, 120_000);
});
