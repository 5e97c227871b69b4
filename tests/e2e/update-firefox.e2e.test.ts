import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKER_VERSION } from '../../core/engine/tracker-state';
import { HISTORY_VERSION } from '../../core/history/history-entry';
import { SETTINGS_VERSION } from '../../core/settings/settings';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';
import { extensionDir } from './harness/paths';
import { buildRelease, FIRST_RELEASE } from './harness/release-build';

/**
 * Firefox ESR: a 0.1.0 user gets this version. What the harness can and cannot do:
 * - It cannot restart the browser across the update: the extension is a
 *   temporary add-on (BiDi webExtension.install), and Firefox removes temporary
 *   add-ons, with their storage, when it quits. A signed, permanent install in a
 *   kept profile is what AMO users have; this harness cannot sign.
 * - It can update in place, as AMO's update does while Firefox runs: installing
 *   this build over the running 0.1.0 (same gecko id) replaces the add-on and
 *   keeps its storage (reason "update").
 * So the user's state is made with 0.1.0 in its own popup, this build is
 * installed over it, and the data, migrations, alarm and welcome are checked.
 */
declare const browser: typeof import('wxt/browser').browser;

const WELCOMED_KEY = 'welcomed'; // utils/storage/welcomed-item.ts (not imported: it would define a storage item in Node)
const version = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;

type Stored = Record<string, unknown> & {
  settings?: Record<string, unknown>;
  tracker?: { version: number; bout: Record<string, unknown> | null; session?: unknown };
  history?: { version: number; entries: { outcome: string }[] };
};

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Storage read from a fresh extension page (a page of the replaced add-on does not survive the update). */
async function stored(ext: FirefoxExtension): Promise<Stored> {
  const page = await ext.openPage('manifest.json');
  try {
    return await page.evaluate(async () => ({ ...(await browser.storage.sync.get(null)), ...(await browser.storage.local.get(null)) }));
  } finally {
    await page.close();
  }
}

const clickButton = (page: Page, name: string) =>
  page.evaluate((n) => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === n);
    if (!b) throw new Error(`no button ${n}`);
    b.click();
  }, name);

describe('Firefox: updating from 0.1.0 in place keeps the user’s data', () => {
  let ext: FirefoxExtension;
  let before: Stored;
  let after: Stored;
  let welcomePages: string[];
  beforeAll(async () => {
    ext = await launchFirefox({ dir: path.join(buildRelease(FIRST_RELEASE), 'firefox-mv3') });
    await until(
      () => stored(ext),
      (s) => Boolean(s.tracker?.bout),
      'the first bout of 0.1.0',
    );
    // 0.1.0 opened its welcome on install: close it, a second one would be the update's.
    for (const p of await ext.browser.pages()) if (p.url().includes('welcome=1')) await p.close();

    const popup = await ext.openPage('popup.html', 'button');
    await until(
      () => popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'I already moved')),
      Boolean,
      'the popup',
    );
    await clickButton(popup, 'I already moved');
    await until(
      () => stored(ext),
      (s) => s.history?.entries.length === 1,
      'one logged break',
    );
    await clickButton(popup, 'Skip');
    await until(
      () => stored(ext),
      (s) => s.history?.entries.length === 2,
      'two logged breaks',
    );
    // A shorter interval, from 0.1.0's popup.
    await popup.evaluate(() => {
      const summary = [...document.querySelectorAll('summary')].find((x) => x.textContent?.includes('Every 45 min'));
      if (!summary) throw new Error('no interval summary');
      summary.click();
      const input = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Remind me every')?.control as
        | HTMLInputElement
        | undefined;
      if (!input) throw new Error('no interval field');
      input.focus();
      input.select();
    });
    await popup.keyboard.type('25');
    await popup.keyboard.press('Enter');
    await until(
      () => stored(ext),
      (s) => s.settings?.intervalMin === 25,
      'the 25-min interval saved',
    );
    await popup.close();
    before = await stored(ext);

    await ext.browser.installExtension(extensionDir('firefox'));
    after = await until(
      () => stored(ext),
      (s) => WELCOMED_KEY in s && s.tracker?.version === TRACKER_VERSION,
      'this version’s worker',
    );
    welcomePages = (await ext.browser.pages()).map((p) => p.url()).filter((u) => u.includes('welcome=1'));
  }, 240_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('ran 0.1.0, then this version, under the same id', async () => {
    expect(version(path.join(buildRelease(FIRST_RELEASE), 'firefox-mv3'))).toBe('0.1.0');
    const page = await ext.openPage('manifest.json');
    expect(await page.evaluate(() => [browser.runtime.id, browser.runtime.getManifest().version])).toEqual([
      'glute-break@glutebreak.dev',
      version(extensionDir('firefox')),
    ]);
    await page.close();
  });

  it('keeps the interval, both breaks and the running bout, migrated to this version', () => {
    expect(before.settings).toMatchObject({ intervalMin: 25, sound: true });
    expect(after.settings).toMatchObject({
      intervalMin: 25,
      sound: 'tones',
      countMediaAsSitting: true,
      snoozeLimit: 2,
      version: SETTINGS_VERSION,
    });
    // The floor kept for someone who had it (new installs start without it).
    expect(before.settings?.exercises).toMatchObject({ positions: expect.arrayContaining(['floor']) });
    expect(after.settings?.exercises).toMatchObject({
      positions: (before.settings!.exercises as { positions: string[] }).positions,
      allowBall: false,
      precautions: [],
    });
    expect(after.history?.version).toBe(HISTORY_VERSION);
    expect(before.history?.entries.map((e) => e.outcome)).toEqual(['moved', 'skipped']);
    expect(after.history?.entries).toHaveLength(2);
    before.history!.entries.forEach((e, i) => expect(after.history!.entries[i]).toMatchObject(e));
    expect(after.tracker?.bout).toEqual({ ...before.tracker!.bout, postponedMs: 0 });
  });

  it('has exactly one alarm and opened no welcome page', async () => {
    const page = await ext.openPage('manifest.json');
    const alarms = await page.evaluate(() => browser.alarms.getAll());
    await page.close();
    expect(alarms).toHaveLength(1);
    expect(welcomePages).toEqual([]);
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
