import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshTracker, parseTracker, type TrackerState } from '../../core/engine';
import { parseHistory } from '../../core/history';
import type { HistoryLog } from '../../core/history-entry';
import { runMigrations, stampVersions } from '../../core/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { defineHistoryItem } from '../../utils/storage/history-item';
import { sessionItem } from '../../utils/storage/session-item';
import { defineSettingsItem } from '../../utils/storage/settings-items';
import { readSettings } from '../../utils/storage/settings-store';
import { defineTrackerItem } from '../../utils/storage/tracker-item';
import { isWelcomed, welcomedItem } from '../../utils/storage/welcomed-item';

/**
 * What 0.1.0 stored (version 1, no `key$` version mark) must survive every
 * later schema: read as it is today, and carried through a migration. The v2
 * steps here are test-only; real ones live beside each schema in core/.
 */
const MIN = 60_000;
const T = new Date(2026, 2, 2, 9, 0).getTime();

const RUNNING_BOUT: TrackerState = {
  ...freshTracker(T),
  bout: { start: T, creditedMs: 3 * MIN, snoozes: 1 },
  readySince: null,
  exerciseId: 'seated-figure-four',
  recent: ['seated-figure-four'],
  seed: 12345,
  wakeAt: T + 48 * MIN,
  lastEventAt: T + 20 * MIN,
};
const PAUSED_INDEFINITELY: TrackerState = { ...freshTracker(T), readySince: null, pausedUntil: 'indefinitely', lastEventAt: T + 5 * MIN };
const TRACKERS = [
  ['a running bout', RUNNING_BOUT],
  ['an indefinite pause', PAUSED_INDEFINITELY],
] as const;

const HISTORY: HistoryLog = {
  version: 1,
  entries: [
    { start: T - 50 * MIN, end: T - 4 * MIN, screenMs: 45 * MIN, outcome: 'taken', snoozes: 0, exerciseId: 'glute-bridge' },
    { start: T - 3 * MIN, end: T, screenMs: 3 * MIN, outcome: 'natural', snoozes: 0 },
  ],
};
const MY_SETTINGS: Settings = { ...structuredClone(DEFAULT_SETTINGS), intervalMin: 30, snoozeMin: 10, sound: false };

const mark = async (area: 'local' | 'sync', key: string) => (await fakeBrowser.storage[area].get(`${key}$`))[`${key}$`];

describe('stored items read what 0.1.0 wrote, unchanged', () => {
  it.each(TRACKERS)('a v1 tracker with %s reads back as it is, and the engine keeps it', async (_, v1) => {
    await fakeBrowser.storage.local.set({ tracker: v1 });
    const item = defineTrackerItem();
    expect(await item.get()).toEqual(v1);
    expect(parseTracker(await item.get(), T + 21 * MIN)).toEqual(v1);
  });

  it('a v1 history keeps every entry', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY });
    expect(parseHistory(await defineHistoryItem().get()).log).toEqual(HISTORY);
  });

  it('v1 settings in storage.sync keep every field, with nothing reset', async () => {
    await fakeBrowser.storage.sync.set({ settings: MY_SETTINGS });
    const read = await readSettings();
    expect(read.settings).toEqual(MY_SETTINGS);
    expect(read.resetFields).toEqual([]);
  });

  it('a running session reads back as it is', async () => {
    const session = { exerciseId: 'glute-bridge', startedAt: T, pausedAt: null, pausedMs: 0 };
    await fakeBrowser.storage.local.set({ session });
    expect(await sessionItem.get()).toEqual(session);
  });

  it('"welcomed" is false until set, then true', async () => {
    expect(await isWelcomed()).toBe(false);
    await welcomedItem.set(true);
    expect(await isWelcomed()).toBe(true);
  });
});

describe('a schema change is a migration, never a reset (test-only v2 steps)', () => {
  it.each(TRACKERS)('a v1 tracker with %s migrates to v2 with it kept', async (_, v1) => {
    await fakeBrowser.storage.local.set({ tracker: v1 });
    const v2 = defineTrackerItem({ version: 2, migrations: { 2: (old: TrackerState) => ({ ...old, countVideoAsScreen: true }) } });
    const got = await v2.get();
    expect(got).toEqual({ ...v1, version: 2, countVideoAsScreen: true });
    expect(got?.bout).toEqual(v1.bout);
    expect(got?.pausedUntil).toBe(v1.pausedUntil);
    // Stored migrated, with its mark: the next start does not migrate it again.
    expect((await fakeBrowser.storage.local.get('tracker')).tracker).toEqual(got);
    expect(await mark('local', 'tracker')).toEqual({ v: 2 });
  });

  it('a v1 history migrates to v2 with every entry kept', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY });
    const v2 = defineHistoryItem({ version: 2, migrations: { 2: (old: HistoryLog) => ({ ...old, timeZone: 'local' }) } });
    expect(await v2.get()).toEqual({ ...HISTORY, version: 2, timeZone: 'local' });
  });

  it('v1 settings migrate to v2 with every field kept and the new one added', async () => {
    await fakeBrowser.storage.sync.set({ settings: MY_SETTINGS });
    const v2 = defineSettingsItem('sync', { version: 2, migrations: { 2: (old: Settings) => ({ ...old, countVideoAsScreen: false }) } });
    expect(await v2.get()).toEqual({ ...MY_SETTINGS, version: 2, countVideoAsScreen: false });
    expect(await mark('sync', 'settings')).toEqual({ v: 2 });
  });

  it('a value written by v2 carries its mark, so a later start never runs the v2 step on it', async () => {
    const step = vi.fn((old: TrackerState) => ({ ...old, countVideoAsScreen: true }));
    const first = defineTrackerItem({ version: 2, migrations: { 2: step } });
    const written = { ...RUNNING_BOUT, version: 2, countVideoAsScreen: false } as unknown as TrackerState;
    await first.set(written);
    const restarted = defineTrackerItem({ version: 2, migrations: { 2: step } });
    expect(await restarted.get()).toEqual(written);
    expect(step).not.toHaveBeenCalled();
  });

  it('each step stamps the version it produced, so the parser never runs it a second time', () => {
    const steps = stampVersions({ 2: (old: Settings) => ({ ...old, countVideoAsScreen: false }) });
    const migrated = runMigrations(MY_SETTINGS, 1, 2, steps) as { version: number };
    expect(migrated.version).toBe(2);
    expect(runMigrations(migrated, 2, 2, steps)).toBe(migrated);
  });
});
