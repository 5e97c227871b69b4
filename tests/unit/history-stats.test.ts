import { describe, expect, it } from 'vitest';
import type { BoutOutcome, HistoryEntry } from '../../core/history/history-entry';
import { dailySeries, todayAndStreak } from '../../core/history/history-stats';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

/** Local time, month 1-based. */
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const MIN = 60_000;

function entry(end: number, outcome: BoutOutcome, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return { start: end - 45 * MIN, end, screenMs: 45 * MIN, outcome, snoozes: 0, ...extra };
}

/** One done break at noon on each listed day of June 2026. */
const doneOn = (...days: number[]) => days.map((d) => entry(at(2026, 6, d), 'taken'));

describe('todayAndStreak', () => {
  const now = at(2026, 6, 20, 15);

  it.each<[BoutOutcome, number]>([
    ['taken', 1],
    ['moved', 1],
    ['early', 1],
    ['skipped', 0],
    ['ignored', 0],
    ['natural', 0],
  ])('counts a %s bout today as %i break done', (outcome, expected) => {
    expect(todayAndStreak([entry(at(2026, 6, 20, 10), outcome)], now).doneToday).toBe(expected);
  });

  it('counts only today in doneToday, from local midnight', () => {
    const entries = [entry(at(2026, 6, 19, 23, 59), 'taken'), entry(at(2026, 6, 20, 0, 1), 'taken'), entry(at(2026, 6, 20, 14), 'moved')];
    expect(todayAndStreak(entries, now).doneToday).toBe(2);
  });

  it.each<[string, number[], number, number]>([
    ['no history', [], 0, 0],
    ['done today only', [20], 1, 1],
    ['today and the two days before', [18, 19, 20], 3, 3],
    ['up to yesterday, nothing yet today (streak still alive)', [17, 18, 19], 3, 3],
    ['last done two days ago (streak broken)', [17, 18], 0, 2],
    ['a gap, then a shorter current run', [10, 11, 12, 13, 19, 20], 2, 4],
    ['a longer run in the past', [1, 2, 3, 4, 5, 6, 20], 1, 6],
  ])('%s → current %i, best %i', (_, days, current, best) => {
    const stats = todayAndStreak(doneOn(...days), now);
    expect(stats.currentStreak).toBe(current);
    expect(stats.bestStreak).toBe(best);
  });

  it('does not let skipped or ignored bouts keep a streak alive', () => {
    const entries = [...doneOn(18), entry(at(2026, 6, 19), 'skipped'), entry(at(2026, 6, 19), 'ignored'), ...doneOn(20)];
    expect(todayAndStreak(entries, now)).toEqual({ doneToday: 1, currentStreak: 1, bestStreak: 1 });
  });

  it('counts several breaks on one day as one streak day', () => {
    const entries = [...doneOn(19, 19, 19), ...doneOn(20, 20)];
    expect(todayAndStreak(entries, now)).toEqual({ doneToday: 2, currentStreak: 2, bestStreak: 2 });
  });

  it('ignores entries after now (a clock that went back)', () => {
    expect(todayAndStreak(doneOn(21, 22), now)).toEqual({ doneToday: 0, currentStreak: 0, bestStreak: 0 });
  });

  it.each([
    ['spring forward (23-hour day)', [at(2026, 3, 28), at(2026, 3, 29, 23, 30), at(2026, 3, 30, 0, 30)], at(2026, 3, 30, 9)],
    ['fall back (25-hour day)', [at(2026, 10, 24), at(2026, 10, 25, 23, 30), at(2026, 10, 26, 0, 30)], at(2026, 10, 26, 9)],
  ])('keeps a streak across the %s', (_, ends, when) => {
    const entries = ends.map((end) => entry(end, 'taken'));
    expect(todayAndStreak(entries, when)).toEqual({ doneToday: 1, currentStreak: 3, bestStreak: 3 });
  });
});

describe('dailySeries', () => {
  const now = at(2026, 6, 20, 15);

  it('has one row per local day, oldest first, ending today', () => {
    const series = dailySeries([], now);
    expect(series).toHaveLength(14);
    expect(series[0]?.date).toBe('2026-06-07');
    expect(series[13]?.date).toBe('2026-06-20');
    expect(series.every((d) => d.done === 0 && d.snoozed === 0 && d.skipped === 0 && d.longestBoutMs === 0)).toBe(true);
  });

  it.each([[1], [7], [30]])('can cover %i days', (days) => {
    const series = dailySeries([], now, days);
    expect(series).toHaveLength(days);
    expect(series.at(-1)?.date).toBe('2026-06-20');
  });

  it.each([
    ['spring forward', at(2026, 4, 2), '2026-03-20'],
    ['fall back', at(2026, 11, 2), '2026-10-20'],
  ])('gives 14 distinct days across a DST change (%s)', (_, when, firstDate) => {
    const series = dailySeries([], when);
    expect(new Set(series.map((d) => d.date)).size).toBe(14);
    expect(series[0]?.date).toBe(firstDate);
  });

  it('sums each day: done, snoozes, skipped and the longest bout', () => {
    const entries = [
      entry(at(2026, 6, 20, 9), 'taken', { snoozes: 2, screenMs: 50 * MIN }),
      entry(at(2026, 6, 20, 11), 'moved', { screenMs: 80 * MIN }),
      entry(at(2026, 6, 20, 13), 'skipped', { snoozes: 1, screenMs: 95 * MIN }),
      entry(at(2026, 6, 20, 14), 'ignored', { snoozes: 3, screenMs: 20 * MIN }),
      entry(at(2026, 6, 20, 15), 'natural', { screenMs: 10 * MIN }),
      entry(at(2026, 6, 19, 10), 'early', { screenMs: 30 * MIN }),
    ];
    const series = dailySeries(entries, now);
    expect(series.at(-1)).toEqual({ date: '2026-06-20', done: 2, snoozed: 6, skipped: 1, longestBoutMs: 95 * MIN });
    expect(series.at(-2)).toEqual({ date: '2026-06-19', done: 1, snoozed: 0, skipped: 0, longestBoutMs: 30 * MIN });
  });

  it('puts a bout that crosses midnight on the day it ended', () => {
    const e = entry(at(2026, 6, 20, 0, 20), 'taken', { start: at(2026, 6, 19, 23, 30) });
    const series = dailySeries([e], now);
    expect(series.at(-1)?.done).toBe(1);
    expect(series.at(-2)?.done).toBe(0);
  });

  it('leaves out entries older than the window or after today', () => {
    const series = dailySeries([entry(at(2026, 6, 6), 'taken'), entry(at(2026, 6, 21), 'taken')], now);
    expect(series.reduce((n, d) => n + d.done, 0)).toBe(0);
  });
});
