import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, type ChromiumExtension } from './harness/chromium';

/**
 * The options page in real Chromium on the production build: settings reach
 * storage and the worker's alarm, invalid input is refused, export/import
 * round-trips, a reload keeps everything, axe finds nothing serious, and the
 * light and dark screenshots are written for review.
 */
const MIN = 60_000;
const ALARM = 'glute-break:wake';

/** Two weeks of plausible history ending now, so the chart has something to draw. */
function sampleHistory(now: number) {
  const entries = [];
  for (let day = 13; day >= 0; day--) {
    const base = now - day * 24 * 60 * MIN - 6 * 60 * MIN;
    const n = (day * 7) % 5;
    for (let k = 0; k < n; k++) {
      const start = base + k * 100 * MIN;
      const length = (35 + ((day * 13 + k * 17) % 60)) * MIN;
      const outcome = (['taken', 'moved', 'skipped', 'taken', 'ignored', 'early'] as const)[(day + k) % 6];
      entries.push({ start, end: start + length, screenMs: length, outcome, snoozes: (day + k) % 3 });
    }
  }
  return { version: 1, entries };
}

async function openOptions(ext: ChromiumExtension, query = ''): Promise<Page> {
  const page = await ext.openPage(`options.html${query}`);
  await page.getByRole('heading', { level: 2, name: 'Reminders' }).waitFor();
  return page;
}

/** Types into a field and leaves it, which commits the value. */
async function setField(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Tab');
}

type StoredSettings = { intervalMin: number; naturalBreakMin: number; sound: string } | undefined;
const syncSettings = async (ext: ChromiumExtension) => (await ext.storage('sync')).settings as StoredSettings;
const wakeAlarm = async (ext: ChromiumExtension) => (await ext.alarms()).find((a) => a.name === ALARM)?.scheduledTime;

describe('options page (Chromium, production build)', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('changing the interval stores it and moves the pending alarm', async () => {
    const page = await openOptions(ext);
    await setField(page, 'Remind me after', '45'); // start from a known interval
    await expect.poll(() => wakeAlarm(ext), { timeout: 10_000 }).toBeDefined();
    const before = (await wakeAlarm(ext))!;

    await setField(page, 'Remind me after', '10');
    await expect.poll(() => syncSettings(ext)).toMatchObject({ intervalMin: 10 });
    // "Saved" shows once the save resolves, a moment after storage has the value.
    await expect.poll(() => page.getByTestId('saved').textContent()).toBe('Saved');
    // The bout started before both settings: the wake moves earlier, to 10 minutes after its start
    // (before, it was the sign of life 15 minutes after the last change, earlier than a 45-min prompt).
    const boutStart = async () => ((await ext.storage('local')).tracker as { bout: { start: number } }).bout.start;
    await expect.poll(async () => (await wakeAlarm(ext)) ?? 0, { timeout: 10_000 }).toBeLessThan(before);
    expect((await wakeAlarm(ext))! - (await boutStart())).toBe(10 * MIN);
    await page.close();
  });

  it('an out-of-range value shows an inline error and leaves storage unchanged', async () => {
    const page = await openOptions(ext);
    const stored = await syncSettings(ext);
    await setField(page, 'Remind me after', '500');
    const input = page.getByLabel('Remind me after', { exact: true });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await input.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`#${errorId}`).textContent()).toBe('Pick a value from 5 to 180 minutes.');
    await page.waitForTimeout(300);
    expect(await syncSettings(ext)).toEqual(stored);

    await setField(page, 'Natural break', '0');
    await expect.poll(() => page.getByLabel('Natural break', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await syncSettings(ext)).toEqual(stored);
    await page.close();
  });

  it('export then import round-trips settings and history', async () => {
    const history = sampleHistory(Date.now());
    await ext.setStorage({ history });
    const page = await openOptions(ext);
    await setField(page, 'Remind me after', '33');
    await page.getByRole('radio', { name: /^Silent/ }).check();
    await expect.poll(() => syncSettings(ext)).toMatchObject({ intervalMin: 33, sound: 'off' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download settings and history (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^glute-break-\d{4}-\d{2}-\d{2}\.json$/);
    const file = (await download.path())!;
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'glute-break', version: 1, settings: { intervalMin: 33, sound: 'off' } });
    expect(exported.history).toHaveLength(history.entries.length);

    // Change things, then bring the export back.
    await setField(page, 'Remind me after', '90');
    await expect.poll(() => syncSettings(ext)).toMatchObject({ intervalMin: 90 });
    // As a user does it: a click on our "Choose a file to import" opens the browser's file chooser.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('label[for="import-file"]').click()]);
    await chooser.setFiles(file);
    expect(await page.getByTestId('import-file-name').textContent()).toBe(file.split('/').pop());
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.textContent()).toContain('change these settings: Reminder interval');
    expect(await preview.textContent()).toContain(`add 0 entries to your history (${history.entries.length} in total afterwards)`);
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByTestId('import-done').count()).toBe(1);

    await expect.poll(() => syncSettings(ext)).toMatchObject({ intervalMin: 33, sound: 'off' });
    const local = await ext.storage('local');
    expect((local.history as { entries: unknown[] }).entries).toEqual([...history.entries].sort((a, b) => a.end - b.end));
    expect(await page.getByLabel('Remind me after', { exact: true }).inputValue()).toBe('33');
    await page.close();
  });

  it('a keyboard user reaches the import control with Tab, sees its focus ring, and opens the file chooser with Space', async () => {
    const page = await openOptions(ext);
    await page.getByRole('button', { name: 'Download history for a spreadsheet (CSV)' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    const ring = await page.locator('label[for="import-file"]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    expect(chooser.isMultiple()).toBe(false);
    await page.close();
  });

  it('a reload keeps everything', async () => {
    const page = await openOptions(ext);
    await setField(page, 'Remind me after', '70');
    await setField(page, 'Natural break', '12');
    await page.getByRole('radio', { name: '10 min' }).check();
    await page.getByRole('switch', { name: 'Only remind me during work hours' }).check();
    await setField(page, 'Tuesday: finishing time', '17:30');
    await page.getByRole('checkbox', { name: 'On the floor' }).uncheck();
    await expect
      .poll(async () => (await ext.storage('sync')).settings)
      .toMatchObject({
        intervalMin: 70,
        naturalBreakMin: 12,
        snoozeMin: 10,
        workHours: { enabled: true },
        exercises: { positions: ['seated', 'standing'] },
      });

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Reminders' }).waitFor();
    expect(await page.getByLabel('Natural break', { exact: true }).inputValue()).toBe('12');
    expect(await page.getByRole('radio', { name: '10 min' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Only remind me during work hours' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Tuesday: finishing time').inputValue()).toBe('17:30');
    expect(await page.getByRole('checkbox', { name: 'On the floor' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Remind me after', { exact: true }).inputValue()).toBe('70');
    await page.close();
  });

  it('pauses and resumes through the worker, showing the current pause', async () => {
    const page = await openOptions(ext);
    const state = page.getByTestId('pause-state');
    expect(await state.textContent()).toBe('Reminders are on.');
    await page.getByRole('button', { name: 'Until I resume' }).click();
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('Paused until you turn reminders back on.');
    expect(((await ext.storage('local')).tracker as { pausedUntil: unknown }).pausedUntil).toBe('indefinitely');

    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('Reminders are on.');

    await page.getByRole('button', { name: '1 hour' }).click();
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toMatch(/^Paused until (\p{L}+ at )?\d{1,2}:\d{2}/u);
    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('Reminders are on.');
    await page.close();
  });

  it('survives corrupt stored settings and says what was reset', async () => {
    const good = await syncSettings(ext);
    await ext.setStorage({ settings: { ...good, intervalMin: 'soon', snoozeMin: 7 } }, 'sync');
    const page = await openOptions(ext);
    expect(await page.getByTestId('reset-notice').textContent()).toContain('Reminder interval and Snooze length');
    expect(await page.getByLabel('Remind me after', { exact: true }).inputValue()).toBe('45');
    await ext.setStorage({ settings: good }, 'sync');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s), and is screenshot', async (scheme) => {
    await ext.setStorage({ history: sampleHistory(Date.now()) });
    const page = await openOptions(ext, '?welcome=1');
    await page.emulateMedia({ colorScheme: scheme });
    // Show the table alternative too, so axe checks it.
    await page.getByText('Show the numbers as a table').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByText('Show the numbers as a table').click();
    await page.evaluate(() => window.scrollTo(0, 0)); // the side navigation is sticky
    await ext.screenshot(page, `options-${scheme}`);
    if (process.env.OPTIONS_SHOTS) await sectionShots(page, scheme);
    await page.close();
  });

  it('logged no console errors and made no network request', () => {
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});

/** Close-ups for reviewing the design (OPTIONS_SHOTS=dir). */
async function sectionShots(page: Page, scheme: string) {
  for (const id of ['welcome', 'reminders', 'schedule', 'exercises', 'history', 'data', 'shortcut', 'about']) {
    const target = id === 'welcome' ? page.getByTestId('welcome') : page.locator(`#${id}`);
    await target.screenshot({ path: `${process.env.OPTIONS_SHOTS}/${scheme}-${id}.png` });
  }
  // States worth a look: an inline error, and an import preview.
  await setField(page, 'Remind me after', '500');
  await page.locator('#reminders').screenshot({ path: `${process.env.OPTIONS_SHOTS}/${scheme}-error.png` });
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ app: 'glute-break', version: 1, settings: { ...(await syncSettingsOf(page)), intervalMin: 20 }, history: [] }),
    ),
  });
  await page.getByTestId('import-preview').waitFor();
  await page.locator('#data').screenshot({ path: `${process.env.OPTIONS_SHOTS}/${scheme}-import.png` });
  await page
    .getByLabel('Choose a file to import')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await page.getByTestId('import-error').waitFor();
  await page.locator('#data').screenshot({ path: `${process.env.OPTIONS_SHOTS}/${scheme}-import-error.png` });
  await page.getByRole('button', { name: 'Erase history and reset settings…' }).click();
  await page.locator('#data').screenshot({ path: `${process.env.OPTIONS_SHOTS}/${scheme}-reset.png` });
  await page.getByRole('button', { name: 'Cancel' }).click();
}

const syncSettingsOf = (page: Page) =>
  page.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.get('settings'))
        .settings as object,
  );
