import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseTracker, type TrackerState } from '../../core/engine';
import { TRACKER_MIGRATIONS } from '../../core/engine/tracker-migrations';
import { SETTINGS_MIGRATIONS } from '../../core/settings-migrations';
import { parseHistory } from '../../core/history';
import type { HistoryLog } from '../../core/history-entry';
import { runMigrations, stampVersions } from '../../core/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../core/settings';
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

/** A tracker exactly as 0.1.0 (version 1) stored it. */
type V1 = Record<string, unknown> & { bout: unknown; pausedUntil: unknown };
const V1_BASE: V1 = {
  version: 1, activity: 'active', awaySince: null, bout: null, readySince: null, prompt: null, pausedUntil: null,
  exerciseId: null, recent: [], seed: 0, wakeAt: null, lastEventAt: T,
};
const RUNNING_BOUT: V1 = {
  ...V1_BASE,
  bout: { start: T, creditedMs: 3 * MIN, snoozes: 1 },
  exerciseId: 'seated-figure-four',
  recent: ['seated-figure-four'],
  seed: 12345,
  wakeAt: T + 48 * MIN,
  lastEventAt: T + 20 * MIN,
};
const PAUSED_INDEFINITELY: V1 = { ...V1_BASE, pausedUntil: 'indefinitely', lastEventAt: T + 5 * MIN };
/** The same tracker after the real v1 → v2 step: everything kept, the new fields empty. */
const asV2 = (v1: V1) =>
  ({ ...v1, version: 2, bout: v1.bout === null ? null : { ...(v1.bout as object), postponedMs: 0 }, session: null, mediaSince: null }) as unknown as TrackerState;
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
/** Settings as 0.1.0 (v1) stored them: the end chime was on/off; no "count videos and calls as sitting". */
const { countMediaAsSitting: _added, ...V1_FIELDS } = structuredClone(DEFAULT_SETTINGS);
const MY_SETTINGS = { ...V1_FIELDS, version: 1, intervalMin: 30, snoozeMin: 10, sound: false } as unknown as Settings;
const V1_SETTINGS = MY_SETTINGS;

const mark = async (area: 'local' | 'sync', key: string) => (await fakeBrowser.storage[area].get(`${key}$`))[`${key}$`];

describe('stored items read what 0.1.0 wrote, unchanged', () => {
  it.each(TRACKERS)('a v1 tracker with %s migrates to v2 (real step) with it kept, and the engine keeps it', async (_, v1) => {
    await fakeBrowser.storage.local.set({ tracker: v1 });
    const item = defineTrackerItem();
    const got = await item.get();
    expect(got).toEqual(asV2(v1));
    expect(got?.bout?.start ?? null).toBe((v1.bout as { start: number } | null)?.start ?? null);
    expect(got?.pausedUntil).toBe(v1.pausedUntil);
    expect(parseTracker(got, T + 21 * MIN)).toEqual(asV2(v1));
    expect(await mark('local', 'tracker')).toEqual({ v: 2 });
  });

  it.each(TRACKERS)('a v1 tracker with %s read without the storage item (parseTracker alone) migrates the same way', (_, v1) => {
    expect(parseTracker(v1, T + 21 * MIN)).toEqual(asV2(v1));
  });

  it('a v1 history keeps every entry', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY });
    expect(parseHistory(await defineHistoryItem().get()).log).toEqual(HISTORY);
  });

  it('v1 settings in storage.sync keep every field, with nothing reset (the chime off becomes sound "off"; videos and calls count as sitting)', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS });
    const read = await readSettings();
    expect(read.settings).toEqual({ ...MY_SETTINGS, version: SETTINGS_VERSION, sound: 'off', countMediaAsSitting: true });
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

describe('a schema change is a migration, never a reset (test-only v3 steps on top of the real ones)', () => {
  it.each(TRACKERS)('a v1 tracker with %s migrates through the real v2 step and a test-only v3 with it kept', async (_, v1) => {
    await fakeBrowser.storage.local.set({ tracker: v1 });
    const v3 = defineTrackerItem({ version: 3, migrations: { ...TRACKER_MIGRATIONS, 3: (old: TrackerState) => ({ ...old, countVideoAsScreen: true }) } });
    const got = await v3.get();
    expect(got).toEqual({ ...asV2(v1), version: 3, countVideoAsScreen: true });
    expect(got?.pausedUntil).toBe(v1.pausedUntil);
    // Stored migrated, with its mark: the next start does not migrate it again.
    expect((await fakeBrowser.storage.local.get('tracker')).tracker).toEqual(got);
    expect(await mark('local', 'tracker')).toEqual({ v: 3 });
  });

  it('a v1 history migrates to v2 with every entry kept', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY });
    const v2 = defineHistoryItem({ version: 2, migrations: { 2: (old: HistoryLog) => ({ ...old, timeZone: 'local' }) } });
    expect(await v2.get()).toEqual({ ...HISTORY, version: 2, timeZone: 'local' });
  });

  it('v1 settings migrate through the real v2 step and a test-only v3 with every field kept and the new ones added', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS });
    const v3 = defineSettingsItem('sync', { version: 3, migrations: { ...SETTINGS_MIGRATIONS, 3: (old: Settings) => ({ ...old, countVideoAsScreen: false }) } });
    expect(await v3.get()).toEqual({ ...MY_SETTINGS, version: 3, sound: 'off', countMediaAsSitting: true, countVideoAsScreen: false });
    expect(await mark('sync', 'settings')).toEqual({ v: 3 });
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
