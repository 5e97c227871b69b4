/**
 * What the popup computes before its first render, timed in Node's V8 (the
 * same engine as Chromium): today/streak over a long-time user's history, and
 * the status line. Cold (first call, as in a freshly opened popup) and warm.
 * Writes JSON to $BENCH_COMPUTE_OUT. Run by bench/run.mjs.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { EXERCISES } from '../content/exercises';
import { computeStatus, freshTracker } from '../core/engine';
import { BOUT_OUTCOMES, HISTORY_KEEP_DAYS, type HistoryEntry } from '../core/history/history-entry';
import { dayKey, todayAndStreak } from '../core/history/history-stats';
import { DEFAULT_SETTINGS } from '../core/settings/settings';

function history(now: number): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (let d = HISTORY_KEEP_DAYS - 1; d >= 1; d--) {
    const day = new Date(now - d * 86_400_000);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    day.setHours(9, 0, 0, 0);
    for (let b = 0; b < 9; b++) {
      const start = day.getTime() + b * 50 * 60_000;
      out.push({
        start,
        end: start + 45 * 60_000,
        screenMs: 45 * 60_000,
        outcome: BOUT_OUTCOMES[(d + b) % 4]!,
        snoozes: 0,
        exerciseId: EXERCISES[b]!.id,
      });
    }
  }
  return out;
}

const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

it('times what the popup computes before its first render', () => {
  const now = Date.now();
  const entries = history(now);
  const coldStreak = time(() => todayAndStreak(entries, now));
  const warmStreak = median(Array.from({ length: 20 }, () => time(() => todayAndStreak(entries, now))));
  const keys = median(Array.from({ length: 20 }, () => time(() => entries.forEach((e) => dayKey(e.end)))));
  const tracker = freshTracker(now - 20 * 60_000);
  const coldStatus = time(() => computeStatus(tracker, DEFAULT_SETTINGS, now, 60_000));
  const out = {
    entries: entries.length,
    todayAndStreak: { coldMs: r2(coldStreak), warmMedianMs: r2(warmStreak) },
    dayKeyForEveryEntry: { warmMedianMs: r2(keys), note: 'core/history/history-stats.ts dayKey, called once per done entry' },
    computeStatus: { coldMs: r2(coldStatus) },
  };
  const file = process.env.BENCH_COMPUTE_OUT;
  if (file) writeFileSync(file, JSON.stringify(out, null, 2));
  else console.log(out);
});
