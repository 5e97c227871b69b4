import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_VERSION, type Settings } from '../../core/settings/settings';
import { readSettings, updateSettings } from '../../utils/storage/settings-store';

/**
 * Stored settings from every earlier schema version, and corrupt, foreign and
 * future values. Before version 1 there is only "unversioned" (a missing or
 * unusable version field), read as v1. Version 2 made the on/off chime a sound mode.
 */
const MINE: Settings = { ...structuredClone(DEFAULT_SETTINGS), intervalMin: 30, snoozeMin: 10, sound: 'off' };
const { version: _omit, ...V1_BODY } = { ...MINE, sound: false };
const UNVERSIONED = V1_BODY;

describe('migrating stored settings', () => {
  it('knows of no version newer than this build', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it.each<[string, unknown, Settings['sound']]>([
    ['the chime on becomes soft tones', true, 'tones'],
    ['the chime off becomes silent', false, 'off'],
  ])('version 1 → 2: %s', (_, sound, mode) => {
    const loaded = loadSettings({ ...V1_BODY, version: 1, sound });
    expect(loaded).toEqual({ settings: { ...MINE, sound: mode }, resetFields: [], migratedFrom: 1 });
  });

  it('version 1 → 2: a missing chime setting gets the default mode, a corrupt one is reset and reported', () => {
    const { sound: _s, ...noSound } = V1_BODY;
    expect(loadSettings({ ...noSound, version: 1 }).settings.sound).toBe(DEFAULT_SETTINGS.sound);
    expect(loadSettings({ ...noSound, version: 1, sound: 'loud' }).resetFields).toEqual(['sound']);
  });

  it('v1 → v2: settings saved before "Count videos and calls as sitting" existed gain it, on, and keep every other field', () => {
    const { countMediaAsSitting: _new, ...v1 } = { ...MINE, version: 1 };
    const loaded = loadSettings(v1);
    expect(loaded.settings).toEqual({ ...MINE, countMediaAsSitting: true });
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.resetFields).toEqual([]);
  });

  it('v2 keeps a user who switched "Count videos and calls as sitting" off', () => {
    expect(loadSettings({ ...MINE, countMediaAsSitting: false }).settings.countMediaAsSitting).toBe(false);
  });

  it.each<[string, unknown]>([
    ['no version field', UNVERSIONED],
    ['version as a string', { ...UNVERSIONED, version: '1' }],
    ['version 0', { ...UNVERSIONED, version: 0 }],
    ['a negative version', { ...UNVERSIONED, version: -3 }],
    ['a fractional version', { ...UNVERSIONED, version: 0.5 }],
    ['NaN as version', { ...UNVERSIONED, version: Number.NaN }],
  ])('reads %s as the first schema, keeping every field', (_, stored) => {
    const loaded = loadSettings(stored);
    expect(loaded.settings).toEqual(MINE);
    expect(loaded.resetFields).toEqual([]);
    expect(loaded.fromFutureVersion).toBeUndefined();
  });

  it.each<[string, string[]]>([
    ['kept the floor on (the old default)', ['seated', 'standing', 'floor']],
    ['chose the floor only', ['floor']],
    ['chose seated only', ['seated']],
  ])('an existing user who %s keeps those positions after the update; new fields take their defaults', (_, positions) => {
    const v1 = { ...UNVERSIONED, version: 1, exercises: { positions, allowBand: true, officeDiscreetOnly: true } };
    const loaded = loadSettings(v1);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.resetFields).toEqual([]);
    expect(loaded.settings.exercises).toEqual({ positions, allowBand: true, officeDiscreetOnly: true, allowBall: false, precautions: [] });
    expect(loaded.settings.safetyAcknowledged).toBe(false);
    expect(loaded.settings.intervalMin).toBe(30);
  });

  it('a new install gets seated and standing, with the floor opt-in', () => {
    expect(loadSettings(undefined).settings.exercises.positions).toEqual(['seated', 'standing']);
  });

  it('reads a huge negative version as the first schema, without looping over the versions', () => {
    // The version is clamped to 1 before any step runs: no loop over a trillion versions.
    const loaded = loadSettings({ ...UNVERSIONED, version: -1e12 });
    expect(loaded.settings).toEqual(MINE);
    expect(loaded.migratedFrom).toBe(1);
  });

  it('v2 settings saved by 0.2.0, before the snooze limit and the waits existed, gain their defaults (2, 3 min, 60 min) and keep every other field', () => {
    const { snoozeLimit: _limit, pauseWaitMin: _p, callWaitMin: _c, ...from020 } = { ...DEFAULT_SETTINGS, intervalMin: 30, snoozeMin: 10 };
    const loaded = loadSettings(from020);
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      intervalMin: 30,
      snoozeMin: 10,
      snoozeLimit: 2,
      pauseWaitMin: 3,
      callWaitMin: 60,
    });
    expect(loaded.resetFields).toEqual([]);
  });

  it('keeps current-version settings as they are', () => {
    expect(loadSettings(MINE)).toEqual({ settings: MINE, resetFields: [] });
  });

  it.each([[SETTINGS_VERSION + 1], [99]])('reads settings from future version %i, keeping the fields it understands', (future) => {
    const stored = { ...MINE, version: future, newFeature: { on: true }, intervalMin: 'ninety' };
    const loaded = loadSettings(stored);
    expect(loaded.fromFutureVersion).toBe(future);
    expect(loaded.settings).toEqual({ ...MINE, intervalMin: DEFAULT_SETTINGS.intervalMin });
    expect(loaded.settings.version).toBe(SETTINGS_VERSION);
    expect(loaded.resetFields).toEqual(['intervalMin']);
  });
});

describe('corrupt and foreign stored values', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['interval out of range', { intervalMin: 0 }, ['intervalMin']],
    ['interval not whole', { intervalMin: 12.5 }, ['intervalMin']],
    ['natural break as text', { naturalBreakMin: '5' }, ['naturalBreakMin']],
    ['snooze not a choice', { snoozeMin: 7 }, ['snoozeMin']],
    ['unknown prompt style', { promptStyle: 'popup' }, ['promptStyle']],
    ['a flag as a string', { repeatNudges: 'true', deferWhileFullscreen: null }, ['repeatNudges', 'deferWhileFullscreen']],
    ['work hours missing a day', { workHours: { enabled: true, days: DEFAULT_SETTINGS.workHours.days.slice(0, 6) } }, ['workHours']],
    [
      'work day ending when it starts',
      { workHours: { enabled: true, days: DEFAULT_SETTINGS.workHours.days.map((d) => ({ ...d, end: d.start })) } },
      ['workHours'],
    ],
    ['no position allowed', { exercises: { ...DEFAULT_SETTINGS.exercises, positions: [] } }, ['exercises']],
    ['unknown position', { exercises: { ...DEFAULT_SETTINGS.exercises, positions: ['lying'] } }, ['exercises']],
  ])('resets only the broken field: %s', (_, patch, reset) => {
    const loaded = loadSettings({ ...MINE, ...patch });
    expect(loaded.resetFields.sort()).toEqual([...reset].sort());
    for (const key of reset) expect(loaded.settings[key as keyof Settings]).toEqual(DEFAULT_SETTINGS[key as keyof Settings]);
    expect(loaded.settings.snoozeMin).toBe(reset.includes('snoozeMin') ? DEFAULT_SETTINGS.snoozeMin : 10);
  });

  it('ignores keys it does not know (another extension, an older experiment)', () => {
    const loaded = loadSettings({ ...MINE, theme: 'neon', __proto__x: 1 });
    expect(loaded).toEqual({ settings: MINE, resetFields: [] });
    expect(loaded.settings).not.toHaveProperty('theme');
  });

  it('gives the defaults, resetting nothing, for an object of only foreign keys', () => {
    expect(loadSettings({ foo: 1, bar: [2] })).toEqual({ settings: DEFAULT_SETTINGS, resetFields: [], migratedFrom: 1 });
  });
});

describe('reading stored settings from the browser', () => {
  it('reports the fields it reset from a corrupt value in storage.sync', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...MINE, snoozeMin: 'a lot' } });
    const stored = await readSettings();
    expect(stored.resetFields).toEqual(['snoozeMin']);
    expect(stored.settings.intervalMin).toBe(30);
    expect(stored.inLocal).toBe(false);
  });

  it('reads from storage.local and says so when sync is unavailable', async () => {
    await fakeBrowser.storage.local.set({ settings: MINE });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync disabled'));
    expect(await readSettings()).toMatchObject({ settings: MINE, inLocal: true });
  });

  it('saves to storage.local when sync is over quota, and says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const result = await updateSettings((s) => ({ ...s, intervalMin: 60 }));
    expect(result).toEqual({ ok: true, inLocal: true });
    const local = await fakeBrowser.storage.local.get(['settings', 'settingsInLocal']);
    expect(local.settingsInLocal).toBe(true);
    expect((local.settings as Settings).intervalMin).toBe(60);
  });

  it('rewrites a corrupt stored value as valid settings on the next save', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...UNVERSIONED, promptStyle: 42 } });
    await updateSettings((s) => ({ ...s, sound: 'voice' }));
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).toEqual({ ...MINE, sound: 'voice', promptStyle: DEFAULT_SETTINGS.promptStyle, version: SETTINGS_VERSION });
  });
});
