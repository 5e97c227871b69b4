import { describe, expect, it } from 'vitest';
import {
  buildExport,
  csvCell,
  DATA_FILE_VERSION,
  exportFileName,
  exportJson,
  historyToCsv,
  MAX_IMPORT_BYTES,
  parseImport,
} from '../../core/data/data-file';
import type { HistoryEntry } from '../../core/history/history-entry';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../core/settings/settings';

const MIN = 60_000;
const NOW = Date.UTC(2026, 5, 20, 12);
const bout = (startMin: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  start: NOW - startMin * MIN,
  end: NOW - startMin * MIN + 45 * MIN,
  screenMs: 45 * MIN,
  outcome: 'taken',
  snoozes: 0,
  ...extra,
});
const HISTORY = [bout(3000, { exerciseId: 'glute-bridge' }), bout(2000, { outcome: 'skipped', snoozes: 2 }), bout(1000)];
const MINE: Settings = { ...structuredClone(DEFAULT_SETTINGS), intervalMin: 30, sound: 'off' };
const current = { settings: DEFAULT_SETTINGS, history: [] as HistoryEntry[] };
const fileWith = (patch: Record<string, unknown>) => JSON.stringify({ ...buildExport(MINE, HISTORY, NOW), ...patch });

describe('export file', () => {
  it('names the app, this file version and the export time', () => {
    const file = buildExport(MINE, HISTORY, NOW);
    expect(file).toMatchObject({ app: 'glute-break', version: DATA_FILE_VERSION, exportedAt: '2026-06-20T12:00:00.000Z' });
    expect(file.settings).toEqual(MINE);
    expect(file.history).toEqual(HISTORY);
  });

  it('round-trips: importing an export into the same data changes nothing', () => {
    const text = exportJson(buildExport(MINE, HISTORY, NOW));
    const result = parseImport(text, { settings: MINE, history: HISTORY });
    expect(result).toEqual({
      ok: true,
      settings: MINE,
      history: HISTORY,
      preview: { settingsChanged: [], hasSettings: true, historyAdded: 0, historyTotal: 3 },
    });
  });

  it('uses the local date in the file name', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 30).getTime(), 'csv')).toBe('glute-break-2026-01-05.csv');
  });
});

describe('import preview', () => {
  it('lists the settings that differ and the bouts it adds', () => {
    const result = parseImport(fileWith({}), current);
    expect(result.ok && result.preview).toEqual({
      settingsChanged: ['intervalMin', 'sound'],
      hasSettings: true,
      historyAdded: 3,
      historyTotal: 3,
    });
  });

  it('merges history: bouts already present are not added twice, result sorted by start', () => {
    const result = parseImport(fileWith({}), { settings: DEFAULT_SETTINGS, history: [HISTORY[1]!, bout(500)] });
    expect(result.ok && result.preview.historyAdded).toBe(2);
    expect(result.ok && result.history?.map((e) => e.start)).toEqual([...HISTORY.map((e) => e.start), bout(500).start]);
  });

  it('sees a change deep inside work hours', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.workHours.days[2] = { enabled: true, start: '08:00', end: '16:00' };
    const result = parseImport(fileWith({ settings: s }), current);
    expect(result.ok && result.preview.settingsChanged).toEqual(['workHours']);
  });

  it.each([
    ['settings only', { history: undefined }, { hasSettings: true, historyAdded: 0, historyTotal: 0 }],
    ['history only', { settings: undefined }, { hasSettings: false, historyAdded: 3, historyTotal: 3 }],
  ])('accepts a file with %s', (_, patch, preview) => {
    const result = parseImport(fileWith(patch), current);
    expect(result.ok).toBe(true);
    expect(result.ok && result.preview).toMatchObject(preview);
  });

  it('gives settings exported by 0.2.0 the new defaults: 2 snoozes per break, a 3-min wait for a pause, a 60-min hold for calls', () => {
    const { snoozeLimit: _l, pauseWaitMin: _p, callWaitMin: _c, ...from020 } = MINE;
    const result = parseImport(fileWith({ settings: from020 }), current);
    expect(result.ok && result.settings).toEqual({ ...MINE, snoozeLimit: 2, pauseWaitMin: 3, callWaitMin: 60 });
  });

  it('accepts unversioned settings as the first schema version', () => {
    const { version: _v, ...unversioned } = MINE;
    const result = parseImport(fileWith({ settings: unversioned }), current);
    expect(result.ok && result.settings).toEqual(MINE);
  });
});

describe('import rejects a bad file and returns no data', () => {
  const huge = JSON.stringify({ app: 'glute-break', version: 1, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
  // Just under the limit in characters, over it in UTF-8 bytes.
  const hugeInBytes = JSON.stringify({ app: 'glute-break', version: 1, padding: 'é'.repeat(MAX_IMPORT_BYTES / 2) });

  it.each<[string, string, { code: string; where?: string; version?: number }]>([
    ['a file over 5 MB', huge, { code: 'tooLarge' }],
    ['a file over 5 MB once encoded', hugeInBytes, { code: 'tooLarge' }],
    ['an empty file', '', { code: 'notJson' }],
    ['text that is not JSON', 'intervalMin=30', { code: 'notJson' }],
    ['truncated JSON', fileWith({}).slice(0, 50), { code: 'notJson' }],
    ['JSON that is an array', '[1,2]', { code: 'notOurs' }],
    ['JSON null', 'null', { code: 'notOurs' }],
    ['another app’s export', fileWith({ app: 'other-app' }), { code: 'notOurs' }],
    ['a file with no version', fileWith({ version: undefined }), { code: 'invalid', where: 'version' }],
    ['a file version that is not a whole number', fileWith({ version: 1.5 }), { code: 'invalid', where: 'version' }],
    [
      'a file from a newer extension',
      fileWith({ version: DATA_FILE_VERSION + 1 }),
      { code: 'futureVersion', version: DATA_FILE_VERSION + 1 },
    ],
    [
      'settings from a newer extension',
      fileWith({ settings: { ...MINE, version: SETTINGS_VERSION + 1 } }),
      { code: 'futureVersion', version: SETTINGS_VERSION + 1 },
    ],
    ['neither settings nor history', JSON.stringify({ app: 'glute-break', version: 1 }), { code: 'invalid', where: 'settings' }],
    ['settings that are not an object', fileWith({ settings: 'loud' }), { code: 'invalid', where: 'settings' }],
    ['an interval out of range', fileWith({ settings: { ...MINE, intervalMin: 500 } }), { code: 'invalid', where: 'settings.intervalMin' }],
    [
      'an unknown prompt style',
      fileWith({ settings: { ...MINE, promptStyle: 'siren' } }),
      { code: 'invalid', where: 'settings.promptStyle' },
    ],
    ['history that is not a list', fileWith({ history: { a: 1 } }), { code: 'invalid', where: 'history' }],
    ['a bout that is not an object', fileWith({ history: [HISTORY[0], 42] }), { code: 'invalid', where: 'history.1' }],
    [
      'a bout with a text end time',
      fileWith({ history: [HISTORY[0], { ...HISTORY[1], end: 'noon' }] }),
      { code: 'invalid', where: 'history.1.end' },
    ],
    [
      'a bout that ends before it starts',
      fileWith({ history: [{ ...HISTORY[0], end: HISTORY[0]!.start - 1 }] }),
      { code: 'invalid', where: 'history.0' },
    ],
    [
      'a bout with an unknown outcome',
      fileWith({ history: [{ ...HISTORY[0], outcome: 'napped' }] }),
      { code: 'invalid', where: 'history.0.outcome' },
    ],
  ])('%s', (_, text, expected) => {
    const result = parseImport(text, current);
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, ...expected });
  });
});

describe('history CSV', () => {
  it('has a header and one row per bout, oldest first, ISO times', () => {
    const csv = historyToCsv([HISTORY[2]!, HISTORY[0]!]);
    expect(csv.split('\r\n')).toEqual([
      'start,end,screen_minutes,outcome,snoozes,exercise_id',
      `${new Date(HISTORY[0]!.start).toISOString()},${new Date(HISTORY[0]!.end).toISOString()},45,taken,0,glute-bridge`,
      `${new Date(HISTORY[2]!.start).toISOString()},${new Date(HISTORY[2]!.end).toISOString()},45,taken,0,`,
      '',
    ]);
  });

  it('is just the header when there is no history', () => {
    expect(historyToCsv([])).toBe('start,end,screen_minutes,outcome,snoozes,exercise_id\r\n');
  });

  it.each([
    ['plain text', 'glute-bridge', 'glute-bridge'],
    ['a comma', 'a,b', '"a,b"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus', '-2+3', "'-2+3"],
    ['a leading at sign', '@SUM(A1)', "'@SUM(A1)"],
  ])('escapes a cell with %s', (_, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
  });
});
