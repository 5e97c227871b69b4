import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseTracker, type TrackerState } from '../../core/engine';
import { TRACKER_MIGRATIONS } from '../../core/engine/tracker-migrations';
import { runMigrations } from '../../core/data/migrations';
import { parseHistory } from '../../core/history/history';
import { parseSession } from '../../core/session/guided-session';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, loadSettings, type Settings } from '../../core/settings/settings';
import { SETTINGS_MIGRATIONS } from '../../core/settings/settings-migrations';
import { createTrackerStore } from '../../entrypoints/background/tracker-store';
import { historyItem } from '../../utils/storage/history-item';
import { sessionItem } from '../../utils/storage/session-item';
import { readSettings, storeMigratedSettings } from '../../utils/storage/settings-store';
import { isWelcomed, welcomedItem } from '../../utils/storage/welcomed-item';
import { dropOldVersionMarks } from '../../utils/storage/old-version-marks';
import trackerV1 from '../fixtures/stored/tracker-v1.json';
import trackerV2 from '../fixtures/stored/tracker-v2.json';
import historyV1 from '../fixtures/stored/history-v1.json';
import session010 from '../fixtures/stored/session-0.1.0.json';
import session020 from '../fixtures/stored/session-0.2.0.json';

/**
 * One fixture per stored version (tests/fixtures/stored/): each reads through the same reader the
 * extension uses, to today's shape, with nothing lost. The value's own `version` is its only
 * version; readers migrate in memory and never write.
 */
const MIN = 60_000;
const T = new Date(2026, 2, 2, 9, 0).getTime();
const NOW = T + 21 * MIN;

/** Settings as 0.1.0 (v1) stored them: the end chime was on/off; no "count videos and calls as sitting". */
const { countMediaAsSitting: _added, ...V1_FIELDS } = structuredClone(DEFAULT_SETTINGS);
const SETTINGS_V1 = { ...V1_FIELDS, version: 1, intervalMin: 30, snoozeMin: 10, sound: false } as unknown as Settings;
const SETTINGS_V2: Settings = { ...DEFAULT_SETTINGS, intervalMin: 30, snoozeMin: 10, sound: 'voice', countMediaAsSitting: false };

const snapshot = async () => ({ local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) });

describe("every stored version reads to today's shape, with nothing lost", () => {
  it.each([
    [
      'tracker v1 (0.1.0): the running bout kept, postponedMs 0, no session, no media',
      trackerV1,
      {
        ...trackerV1,
        version: 2,
        bout: { ...trackerV1.bout, postponedMs: 0 },
        session: null,
        mediaSince: null,
      },
    ],
    ['tracker v2 (0.2.0): as it is', trackerV2, trackerV2],
  ] as const)('%s', async (_, stored, expected) => {
    await fakeBrowser.storage.local.set({ tracker: stored });
    expect(await createTrackerStore().loadTracker(NOW)).toEqual(expected);
  });

  it('history v1 (0.1.0 and 0.2.0): every entry kept', async () => {
    await fakeBrowser.storage.local.set({ history: historyV1 });
    expect(await createTrackerStore().loadHistory()).toEqual(historyV1);
  });

  it.each([
    [
      'settings v1 (0.1.0): every field kept, the chime off becomes sound "off", videos and calls count as sitting',
      SETTINGS_V1,
      { ...SETTINGS_V1, version: SETTINGS_VERSION, sound: 'off', countMediaAsSitting: true },
    ],
    ['settings v2 (0.2.0): as it is', SETTINGS_V2, SETTINGS_V2],
  ] as const)('%s', async (_, stored, expected) => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    const read = await readSettings();
    expect(read.settings).toEqual(expected);
    expect(read.resetFields).toEqual([]);
  });

  it.each([
    ['session of 0.1.0 (no planned length): one minute', session010, { ...session010, plannedMs: 60_000 }],
    ['session of 0.2.0: as it is', session020, session020],
  ] as const)('%s', async (_, stored, expected) => {
    await fakeBrowser.storage.local.set({ session: stored });
    expect(parseSession(await sessionItem.get(), NOW)).toEqual(expected);
  });

  it("a minute on hold from 0.1.0 (only under `session`) is adopted by the worker's tracker", async () => {
    await fakeBrowser.storage.local.set({ tracker: trackerV1, session: session010 });
    expect((await createTrackerStore().loadTracker(NOW)).session).toEqual({ ...session010, plannedMs: 60_000 });
  });

  it('"welcomed" is false until set, then true', async () => {
    expect(await isWelcomed()).toBe(false);
    await welcomedItem.set(true);
    expect(await isWelcomed()).toBe(true);
  });

  it('reading every stored value from an old version writes nothing (the worker is the only writer of tracker and history)', async () => {
    await fakeBrowser.storage.local.set({ tracker: trackerV1, history: historyV1, session: session010 });
    await fakeBrowser.storage.sync.set({ settings: SETTINGS_V1 });
    const before = await snapshot();
    const store = createTrackerStore();
    await Promise.all([store.loadTracker(NOW), store.loadHistory(), readSettings(), sessionItem.get(), historyItem.get()]);
    expect(await snapshot()).toEqual(before);
  });

  it('the update drops the version marks 0.2.0 kept beside each value, and keeps the values', async () => {
    await fakeBrowser.storage.local.set({
      tracker: trackerV2,
      tracker$: { v: 2 },
      history: historyV1,
      history$: { v: 1 },
      session$: { v: 1 },
    });
    await fakeBrowser.storage.sync.set({ settings: SETTINGS_V2, settings$: { v: 2 } });
    await dropOldVersionMarks();
    expect(await snapshot()).toEqual({ local: { tracker: trackerV2, history: historyV1 }, sync: { settings: SETTINGS_V2 } });
  });
});

describe("at an update the worker stores old settings in today's shape", () => {
  it.each([
    [
      'v1 settings are stored as v2, every field kept',
      SETTINGS_V1,
      { ...SETTINGS_V1, version: SETTINGS_VERSION, sound: 'off', countMediaAsSitting: true },
    ],
    ['v2 settings are left as they are', SETTINGS_V2, SETTINGS_V2],
    [
      'settings from a newer version are left as they are',
      { ...SETTINGS_V2, version: SETTINGS_VERSION + 1 },
      { ...SETTINGS_V2, version: SETTINGS_VERSION + 1 },
    ],
  ] as const)('%s', async (_, stored, expected) => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    await storeMigratedSettings();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(expected);
  });
});

describe('a schema change is a migration on read, never a reset (test-only v3 steps on top of the real ones)', () => {
  it('a v1 tracker runs through the real v2 step and a v3 step with its bout and pause kept', () => {
    const v3 = runMigrations(trackerV1, 1, 3, {
      ...TRACKER_MIGRATIONS,
      3: (old: TrackerState) => ({ ...old, version: 3, countVideoAsScreen: true }),
    });
    expect(v3).toMatchObject({
      version: 3,
      countVideoAsScreen: true,
      bout: { ...trackerV1.bout, postponedMs: 0 },
      pausedUntil: trackerV1.pausedUntil,
    });
  });

  it('v1 settings run through the real v2 step and a v3 step with every field kept and the new ones added', () => {
    const v3 = runMigrations(SETTINGS_V1, 1, 3, { ...SETTINGS_MIGRATIONS, 3: (old: Settings) => ({ ...old, countVideoAsScreen: false }) });
    expect(v3).toEqual({ ...SETTINGS_V1, sound: 'off', countMediaAsSitting: true, countVideoAsScreen: false });
  });

  it("a value already at today's version is never migrated again", () => {
    expect(parseTracker(trackerV2, NOW)).toEqual(trackerV2);
    expect(loadSettings(SETTINGS_V2).migratedFrom).toBeUndefined();
    expect(parseHistory(historyV1).log).toEqual(historyV1);
  });
});
