import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_VERSION, type Settings } from '../../core/settings';
import { STORAGE_KEYS } from '../../core/storage-keys';
import { readSettings, updateSettings } from '../../utils/storage/settings-store';

/**
 * Stored settings from every earlier schema version, and corrupt, foreign and
 * future values. Version 1 is the only schema released so far: before it there
 * is only "unversioned" (a missing or unusable version field), read as v1.
 */
const MINE: Settings = { ...structuredClone(DEFAULT_SETTINGS), intervalMin: 30, snoozeMin: 10, sound: false };
const { version: _omit, ...UNVERSIONED } = MINE;

describe('migrating stored settings', () => {
  it('knows of no version newer than this build', () => {
    expect(SETTINGS_VERSION).toBe(1);
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

  it('reads a huge negative version as the first schema, running no migration step', () => {
    // The version is clamped to 1 before any step runs: no loop over a trillion versions.
    const loaded = loadSettings({ ...UNVERSIONED, version: -1e12 });
    expect(loaded.settings).toEqual(MINE);
    expect(loaded.migratedFrom).toBeUndefined();
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
    ['work day ending before it starts', { workHours: { enabled: true, days: DEFAULT_SETTINGS.workHours.days.map((d) => ({ ...d, end: '08:00' })) } }, ['workHours']],
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
    expect(loadSettings({ foo: 1, bar: [2] })).toEqual({ settings: DEFAULT_SETTINGS, resetFields: [] });
  });
});

describe('reading stored settings from the browser', () => {
  it('reports the fields it reset from a corrupt value in storage.sync', async () => {
    await fakeBrowser.storage.sync.set({ [STORAGE_KEYS.settings]: { ...MINE, snoozeMin: 'a lot' } });
    const stored = await readSettings();
    expect(stored.resetFields).toEqual(['snoozeMin']);
    expect(stored.settings.intervalMin).toBe(30);
    expect(stored.inLocal).toBe(false);
  });

  it('reads from storage.local and says so when sync is unavailable', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: MINE });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync disabled'));
    expect(await readSettings()).toMatchObject({ settings: MINE, inLocal: true });
  });

  it('saves to storage.local when sync is over quota, and says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const result = await updateSettings((s) => ({ ...s, intervalMin: 60 }));
    expect(result).toEqual({ ok: true, inLocal: true });
    const local = await fakeBrowser.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.settingsInLocal]);
    expect(local[STORAGE_KEYS.settingsInLocal]).toBe(true);
    expect((local[STORAGE_KEYS.settings] as Settings).intervalMin).toBe(60);
  });

  it('rewrites a corrupt stored value as valid settings on the next save', async () => {
    await fakeBrowser.storage.sync.set({ [STORAGE_KEYS.settings]: { ...UNVERSIONED, promptStyle: 42 } });
    await updateSettings((s) => ({ ...s, sound: true }));
    const { settings } = await fakeBrowser.storage.sync.get(STORAGE_KEYS.settings);
    expect(settings).toEqual({ ...MINE, sound: true, promptStyle: DEFAULT_SETTINGS.promptStyle, version: SETTINGS_VERSION });
  });
});
