import { describe, expect, it } from 'vitest';
import { appendEntry, emptyHistory, HistoryEntrySchema, parseHistory, pruneHistory } from '../../core/history/history';
import type { HistoryEntry } from '../../core/history/history-entry';
import * as v from 'valibot';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 5, 1, 12).getTime();
const entry = (endDaysAgo: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  start: NOW - endDaysAgo * DAY - 45 * 60_000,
  end: NOW - endDaysAgo * DAY,
  screenMs: 40 * 60_000,
  outcome: 'taken',
  snoozes: 0,
  ...extra,
});

describe('history log', () => {
  it.each([
    ['nothing stored → empty, nothing dropped', undefined, 0, 0],
    ['garbage → empty, counted as dropped', 'nope', 0, 1],
    ['a bare array of entries (an import) is accepted', [entry(1), entry(2)], 2, 0],
    ['the versioned object is accepted', { version: 1, entries: [entry(1)] }, 1, 0],
    [
      'invalid entries are dropped and counted',
      { version: 1, entries: [entry(1), { start: 'x' }, { ...entry(2), outcome: 'napped' }, { ...entry(3), end: 0 }] },
      1,
      3,
    ],
    ['screen time longer than the bout is invalid', [{ ...entry(1), screenMs: 50 * 60_000 }], 0, 1],
  ])('parseHistory: %s', (_n, raw, kept, dropped) => {
    const r = parseHistory(raw);
    expect(r.log.entries).toHaveLength(kept);
    expect(r.dropped).toBe(dropped);
  });

  it('parseHistory sorts entries by end time', () => {
    expect(parseHistory([entry(1), entry(3), entry(2)]).log.entries.map((e) => e.end)).toEqual([entry(3).end, entry(2).end, entry(1).end]);
  });

  it('appendEntry keeps the order and does not mutate the input', () => {
    const log = { version: 1 as const, entries: [entry(3), entry(1)] };
    const next = appendEntry(log, entry(2));
    expect(next.entries.map((e) => e.end)).toEqual([entry(3).end, entry(2).end, entry(1).end]);
    expect(log.entries).toHaveLength(2);
  });

  it.each([
    [89, true],
    [90, true],
    [91, false],
  ])('pruneHistory: an entry that ended %i days ago is kept: %s', (days, kept) => {
    const pruned = pruneHistory({ version: 1, entries: [entry(days), entry(30), entry(1)] }, NOW);
    expect(pruned.entries.length === 3).toBe(kept);
  });

  it('pruneHistory: a clock set a year ahead by mistake keeps the whole log (the year-long jump is not crossed)', () => {
    const yearAhead = NOW + 365 * DAY;
    const real = [entry(30), entry(10), entry(1)];
    const future = { ...entry(0), start: yearAhead - 45 * 60_000, end: yearAhead };
    const log = pruneHistory(appendEntry({ version: 1, entries: real }, future), yearAhead);
    expect(log.entries.map((e) => e.end)).toEqual([...real.map((e) => e.end), yearAhead]);
    // The clock put right: the stray future entry and the real ones are all still there.
    expect(pruneHistory(appendEntry(log, entry(0)), NOW).entries).toHaveLength(5);
  });

  it('pruneHistory never empties the log (a clock that calls every entry old is suspect)', () => {
    const log = { version: 1 as const, entries: [entry(400), entry(380)] };
    expect(pruneHistory(log, NOW)).toBe(log);
  });

  it('pruneHistory: a continuous log still drops what is older than 90 days', () => {
    const log = { version: 1 as const, entries: [entry(120), entry(100), entry(91), entry(60), entry(30), entry(1)] };
    expect(pruneHistory(log, NOW).entries.map((e) => e.end)).toEqual([entry(60).end, entry(30).end, entry(1).end]);
  });

  it('pruneHistory returns the same object when nothing is old (so no write)', () => {
    const log = { version: 1 as const, entries: [entry(1)] };
    expect(pruneHistory(log, NOW)).toBe(log);
    expect(pruneHistory(emptyHistory(), NOW).entries).toEqual([]);
  });

  it('HistoryEntrySchema accepts an optional exercise id and rejects an empty one', () => {
    expect(v.safeParse(HistoryEntrySchema, entry(1, { exerciseId: 'glute-bridge' })).success).toBe(true);
    expect(v.safeParse(HistoryEntrySchema, entry(1, { exerciseId: '' })).success).toBe(false);
  });
});
