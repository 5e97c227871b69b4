import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_VERSION, validateSettings } from '../../core/settings/settings';

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['intervalMin', 4, 'from 5 to 180 minutes'],
    ['intervalMin', 181, 'from 5 to 180 minutes'],
    ['intervalMin', 45.5, 'whole minutes'],
    ['intervalMin', '45', 'must be a number'],
    ['naturalBreakMin', 0, 'from 1 to 30 minutes'],
    ['naturalBreakMin', 31, 'from 1 to 30 minutes'],
    ['snoozeMin', 3, 'Choose 2, 5, 10 or 15'],
  ])('rejects %s = %j with a message saying "%s"', (field, value, message) => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).toBe(field);
      expect(result.issues[0]?.message).toContain(message);
    }
  });

  it('accepts a night shift that crosses midnight (22:00–06:00)', () => {
    const days = structuredClone(DEFAULT_SETTINGS.workHours.days);
    days[1] = { enabled: true, start: '22:00', end: '06:00' };
    expect(validateSettings({ ...DEFAULT_SETTINGS, workHours: { enabled: true, days } }).ok).toBe(true);
  });

  it('rejects a work day that ends when it starts, naming that day', () => {
    const days = structuredClone(DEFAULT_SETTINGS.workHours.days);
    days[1] = { enabled: true, start: '09:00', end: '09:00' };
    const result = validateSettings({ ...DEFAULT_SETTINGS, workHours: { enabled: true, days } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('workHours.days.1');
  });
});

describe('loading stored settings', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
  ])('gives the defaults when %s, resetting nothing', (_, stored) => {
    expect(loadSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, resetFields: [] });
  });

  it('keeps valid fields and resets only the corrupt ones', () => {
    const stored = { ...DEFAULT_SETTINGS, intervalMin: 30, snoozeMin: 'lots', sound: 'yes' };
    const loaded = loadSettings(stored);
    expect(loaded.settings.intervalMin).toBe(30);
    expect(loaded.settings.snoozeMin).toBe(DEFAULT_SETTINGS.snoozeMin);
    expect(loaded.settings.sound).toBe(DEFAULT_SETTINGS.sound);
    expect(loaded.resetFields.sort()).toEqual(['snoozeMin', 'sound']);
  });

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['a number', 7],
  ])('resets everything when the stored value is %s', (_, stored) => {
    const loaded = loadSettings(stored);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.resetFields).toEqual(['*']);
  });

  it('reports a settings object from a newer version but keeps its known valid fields', () => {
    const loaded = loadSettings({ ...DEFAULT_SETTINGS, version: 9, intervalMin: 60, newThing: true });
    expect(loaded.fromFutureVersion).toBe(9);
    expect(loaded.settings.intervalMin).toBe(60);
    expect(loaded.settings.version).toBe(SETTINGS_VERSION);
  });

  it('fills a field missing from an older object with its default without calling it reset', () => {
    const { sound: _sound, ...older } = DEFAULT_SETTINGS;
    const loaded = loadSettings(older);
    expect(loaded.settings.sound).toBe('tones');
    expect(loaded.resetFields).toEqual([]);
  });
});
