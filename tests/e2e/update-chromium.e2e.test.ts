import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKER_VERSION } from '../../core/engine/tracker-state';
import { SESSION_GRACE_MS, SESSION_STALE_MS, sessionEndAt, type GuidedSession } from '../../core/session/guided-session';
import { HISTORY_VERSION } from '../../core/history/history-entry';
import { SETTINGS_VERSION } from '../../core/settings/settings';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { extensionDir } from './harness/paths';
import { buildRelease, FIRST_RELEASE } from './harness/release-build';
import { putBuildInto, UPDATABLE, updateFolder, updateInPlace } from './harness/update-folder';

/**
 * A user of the first release (0.1.0, commit 6991002) gets this version as an
 * update. The old release is built from its own commit (cached by commit), loaded
 * from a fixed folder into a real Chromium profile, and used through its UI;
 * then the folder's contents are replaced with this build, the extension is
 * updated in place (CDP Extensions.loadUnpacked: reason "update", as from the
 * store; see harness/update-folder.ts for why a restart alone is not enough),
 * and the browser restarts on the same profile.
 *
 * The assertions are about what the user keeps (values they set or earned), so
 * they stay true when a later change adds a migration; the stored versions
 * are compared with the versions the code declares today, and what 0.2.0
 * migrates on purpose is checked by value (sound mode, media as sitting, the
 * floor kept, the guided minute taken over by the worker). A storage change that
 * needs data from the user adds its step here.
 */
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The "welcomed" marker's key (utils/storage/welcomed-item.ts). Spelled out:
 * importing that module here would define a WXT storage item in Node, which
 * then fails to find `browser` (an unhandled rejection).
 */
const WELCOMED_KEY = 'welcomed';

interface Stored {
  settings?: Record<string, unknown> & { version: number; intervalMin: number };
  tracker?: {
    version: number;
    bout: { start: number; creditedMs: number } | null;
    pausedUntil: unknown;
    wakeAt: number | null;
    exerciseId: string | null;
    session?: GuidedSession | null;
  };
  history?: { version: number; entries: Record<string, unknown>[] };
  session?: GuidedSession;
}

const POPUP = { width: 360, height: 600 };
const version = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;

async function openPopup(ext: ChromiumExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(POPUP);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.getByRole('heading', { level: 2 }).waitFor();
  return page;
}

/** Waits until `read` gives a value `ok` accepts (expect.poll only works inside a test, not in beforeAll). */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stored(ext: ChromiumExtension): Promise<Stored> {
  return { ...(await ext.storage('sync')), ...(await ext.storage('local')) } as Stored;
}

/**
 * The user's data as they would miss it: every field they set or earned, minus
 * format versions and the fields 0.2.0 migrates on purpose (checked by value
 * in their own test): `sound` became a mode, `exercises` gained filters.
 */
function userData(s: Stored) {
  const { version: _s, sound: _m, exercises, ...settings } = s.settings ?? { version: 0, intervalMin: 0 };
  return {
    settings,
    exercises: exercises as Record<string, unknown> | undefined,
    history: s.history?.entries ?? [],
    bout: s.tracker?.bout ?? null,
    pausedUntil: s.tracker?.pausedUntil ?? null,
    exerciseId: s.tracker?.exerciseId ?? null,
    session: s.session ?? null,
  };
}

/**
 * Installs the first release in a fresh profile, lets `act` make the user's
 * state through the UI, then updates to this build on the same profile.
 */
async function updateAfter(act: (ext: ChromiumExtension) => Promise<void>) {
  const folder = updateFolder('chrome');
  putBuildInto(folder, path.join(buildRelease(FIRST_RELEASE), 'chrome-mv3'));
  const old = await launchChromium({ extensionDir: folder, args: UPDATABLE });
  // The old worker starts the first bout on its own.
  await until(async () => (await stored(old)).tracker?.bout, Boolean, 'the first bout');
  await act(old);
  const before = await stored(old);
  const oldVersion = version(folder);

  // The store's update: new files in place, the extension replaced while the
  // browser runs. This version marks the user as welcomed on "update": proof
  // its worker ran. Then the browser restarts on the same profile.
  putBuildInto(folder, extensionDir('chrome'));
  await updateInPlace(old, folder, (local) => WELCOMED_KEY in local);
  await old.close();
  const ext = await launchChromium({ extensionDir: folder, userDataDir: old.userDataDir, args: UPDATABLE });
  return { old, ext, before, oldVersion };
}

describe('Chromium: updating from 0.1.0 keeps the user’s data', () => {
  describe('a user mid-bout, with a changed interval, logged breaks and a guided minute on hold', () => {
    let run: Awaited<ReturnType<typeof updateAfter>>;
    beforeAll(async () => {
      run = await updateAfter(async (old) => {
        const page = await openPopup(old);
        const logged = async () => (await stored(old)).history?.entries.length ?? 0;
        // Two breaks: one taken on their own, one skipped.
        await page.getByRole('button', { name: 'I already moved' }).click();
        await until(logged, (n) => n === 1, 'one logged break');
        await page.getByRole('button', { name: 'Skip' }).click();
        await until(logged, (n) => n === 2, 'two logged breaks');
        // A shorter interval, from the popup.
        await page.locator('summary', { hasText: 'Every 45 min' }).click();
        await page.getByLabel('Remind me every', { exact: true }).fill('25');
        await page.getByLabel('Remind me every', { exact: true }).press('Enter');
        await until(
          async () => (await stored(old)).settings?.intervalMin,
          (m) => m === 25,
          'the 25-min interval saved',
        );
        await page.keyboard.press('Escape');
        // A guided minute started, then put on hold.
        await page.getByRole('button', { name: 'Start · 1 minute' }).click();
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
        await until(
          async () => (await stored(old)).session?.pausedAt,
          (at) => typeof at === 'number',
          'the guided minute on hold',
        );
        await page.close();
      });
    }, 240_000);
    afterAll(async () => {
      await run?.ext.close();
    });

    it('ran the first release, then this version, from the same folder with the same id', async () => {
      expect(run.oldVersion).toBe('0.1.0');
      expect(version(updateFolder('chrome'))).toBe(version(extensionDir('chrome')));
      expect(run.ext.extensionId).toBe(run.old.extensionId);
      expect(await run.ext.inWorker(() => chrome.runtime.getManifest().version)).toBe(version(extensionDir('chrome')));
      // Only this version's worker writes the marker: its code is what runs now.
      expect(await run.ext.storage()).toHaveProperty(WELCOMED_KEY);
    });

    it('the made-up state is what the user did: interval 25, two breaks, a bout, a guided minute on hold', () => {
      expect(run.before.settings?.intervalMin).toBe(25);
      expect(run.before.history?.entries.map((e) => e.outcome)).toEqual(['moved', 'skipped']);
      expect(run.before.tracker?.bout).not.toBeNull();
      expect(run.before.session?.pausedAt).not.toBeNull();
    });

    it('keeps every setting, every history entry, the running bout and the guided minute', async () => {
      const after = await stored(run.ext);
      const was = userData(run.before);
      const now = userData(after);
      // toMatchObject: a later version may add fields; it may not lose or change the user's.
      expect(now.settings).toMatchObject(was.settings);
      expect(now.exercises).toMatchObject(was.exercises!);
      expect(now.history).toHaveLength(was.history.length);
      was.history.forEach((entry, i) => expect(now.history[i]).toMatchObject(entry));
      // 0.2.0 bouts also count snoozes asked for before anything was due: none yet.
      expect(now.bout).toEqual({ ...was.bout, postponedMs: 0 });
      expect(now.exerciseId).toBe(was.exerciseId);
      expect(now.pausedUntil).toBeNull();
      expect(now.session).toMatchObject(was.session!);
    });

    it('migrated the settings 0.2.0 changed: the chime on became tones, videos and calls count as sitting, the floor kept', async () => {
      // The worker stores them in today's shape at its start, after the browser opened.
      await expect.poll(async () => (await stored(run.ext)).settings?.version).toBe(SETTINGS_VERSION);
      const { settings } = await stored(run.ext);
      expect(run.before.settings?.sound).toBe(true);
      expect(settings?.sound).toBe('tones');
      expect(settings?.countMediaAsSitting).toBe(true);
      // Settings from before the snooze limit get its default: two snoozes per break.
      expect(settings?.snoozeLimit).toBe(2);
      // A new install gets seated + standing; someone who had the floor keeps it.
      expect(run.before.settings?.exercises).toMatchObject({ positions: expect.arrayContaining(['floor']) });
      expect(settings?.exercises).toMatchObject({
        positions: (run.before.settings?.exercises as { positions: string[] }).positions,
        allowBall: false,
        precautions: [],
      });
      // Not acknowledged (absent reads as false): the new safety note is shown before their next guided minute.
      expect(settings?.safetyAcknowledged ?? false).toBe(false);
    });

    it('the worker took over the guided minute on hold, with the exercise time it had', async () => {
      const { tracker } = await stored(run.ext);
      // 0.1.0 had no planned length: one minute.
      expect(tracker?.session).toEqual({ ...run.before.session, plannedMs: 60_000 });
    });

    it('migrated every stored item to the versions this build declares', async () => {
      // The worker writes tracker, history and older settings at its start.
      await expect.poll(async () => (await stored(run.ext)).tracker?.version).toBe(TRACKER_VERSION);
      await expect.poll(async () => (await stored(run.ext)).settings?.version).toBe(SETTINGS_VERSION);
      const after = await stored(run.ext);
      expect(after.history?.version).toBe(HISTORY_VERSION);
    });

    it('has exactly one alarm, the worker’s wake for the minute on hold, and showed no notification', async () => {
      const alarms = await run.ext.alarms();
      expect(alarms).toHaveLength(1);
      const { tracker } = await stored(run.ext);
      expect(alarms[0]!.scheduledTime).toBe(tracker!.wakeAt);
      // While a minute is on hold the worker only wakes to forget it if nobody comes back.
      expect(tracker!.wakeAt).toBe(tracker!.session!.startedAt + SESSION_STALE_MS + 1);
      expect(await run.ext.notifications()).toEqual({});
    });

    it('the popup shows the guided minute where the user left it, and it resumes with the time it had left', async () => {
      const page = await openPopup(run.ext);
      await expect.poll(() => page.locator('.ring__caption').textContent()).toBe('Paused');
      const held = run.before.session!;
      await page.getByRole('button', { name: 'Resume', exact: true }).click();
      const resumed = await expect
        .poll(async () => (await stored(run.ext)).tracker?.session)
        .toMatchObject({ exerciseId: held.exerciseId, startedAt: held.startedAt, pausedAt: null })
        .then(async () => (await stored(run.ext)).tracker!.session!);
      // The time on hold (the update included) is added to the pauses, not counted as exercise time.
      expect(resumed.pausedMs).toBeGreaterThan(held.pausedMs);
      expect(resumed.plannedMs).toBe(60_000);
      // The worker will finish (and log) it even with the popup closed: its one alarm is at the end.
      await expect
        .poll(async () => (await run.ext.alarms()).map((a) => a.scheduledTime))
        .toEqual([sessionEndAt(resumed)! + SESSION_GRACE_MS]);
      await page.close();
    });

    it('opened no welcome page after the update', () => {
      expect(run.ext.welcomeTabs).toEqual([]);
      expect(run.ext.consoleErrors).toEqual([]);
      expect(run.ext.foreignRequests).toEqual([]);
    });
  });

  describe('a user who paused reminders until they resume', () => {
    let run: Awaited<ReturnType<typeof updateAfter>>;
    beforeAll(async () => {
      run = await updateAfter(async (old) => {
        const page = await openPopup(old);
        await page.getByRole('button', { name: 'Skip' }).click();
        await until(
          async () => (await stored(old)).history?.entries.length ?? 0,
          (n) => n === 1,
          'one skipped break',
        );
        await page.locator('summary', { hasText: 'Pause' }).click();
        await page.getByRole('button', { name: 'Until I resume' }).click();
        await until(
          async () => (await stored(old)).tracker?.pausedUntil,
          (p) => p === 'indefinitely',
          'the pause',
        );
        await page.close();
      });
    }, 240_000);
    afterAll(async () => {
      await run?.ext.close();
    });

    it('is still paused, with the history kept, and no alarm or notification wakes them', async () => {
      const after = await stored(run.ext);
      expect(after.tracker?.pausedUntil).toBe('indefinitely');
      expect(after.tracker?.bout).toBeNull();
      expect(userData(after).history).toHaveLength(1);
      expect(userData(after).history[0]).toMatchObject(userData(run.before).history[0]!);
      // Paused indefinitely, the worker wants no wake-up.
      expect(await run.ext.alarms()).toEqual([]);
      expect(await run.ext.notifications()).toEqual({});
      const page = await openPopup(run.ext);
      await expect.poll(() => page.getByTestId('status').textContent()).toBe('Paused until you resume');
      await page.close();
      expect(run.ext.welcomeTabs).toEqual([]);
    });
  });
});
