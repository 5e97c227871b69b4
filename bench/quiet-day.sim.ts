/**
 * Quiet worker: the one simulated working day (tests/sim/day-driver.ts, the
 * same driver tests/unit/quiet-day.test.ts runs) on WXT's fake browser with a
 * fake clock, for three designs:
 *
 * - engineSim: the engine's own day, runQuietDay() (startBackground, with
 *   Chrome's quirks: duplicate alarms, hourly restarts);
 * - engineBenchDriver: the real entrypoints/background/index.ts main() through the
 *   same driver and day, as a cross-check of the entrypoint's wiring;
 * - naive: the 1-minute ticker (bench/naive-background.ts), same driver and
 *   day, without the quirks (a duplicated tick would count a minute twice).
 *
 * Writes the counts as JSON to $BENCH_SIM_OUT. Run by bench/run.mjs through
 * bench/vitest.bench.config.ts.
 */
import { writeFileSync } from 'node:fs';
import { it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runDay, type DayCounts } from '../tests/sim/day-driver';
import { runQuietDay } from '../tests/sim/quiet-day';
import { describeDay } from '../tests/sim/working-day';
import { naiveMain } from './naive-background';

const DAY_START = new Date(2026, 2, 3, 9, 0).getTime(); // a Tuesday

/** The fields bench/run.mjs reads for the naive and cross-check columns. */
const forTable = (c: DayCounts) => ({
  ...c,
  noopWrites: c.writesOnNoopEvents,
  repromptWakeups: c.snoozeWakeups + c.nudgeWakeups,
  perActiveHour: {
    ...c.perActiveHour,
    otherWakeups: c.perActiveHour.alarmWakeupsBesidesPrompt,
    noopWrites: c.writesOnNoopEvents / c.activeHours,
  },
});

it('simulates the working day for the real background and the naive baseline', async () => {
  fakeBrowser.reset();
  const naive = await runDay(
    { name: 'naive 1-minute ticker (bench/naive-background.ts)', start: naiveMain },
    { start: DAY_START, chromeQuirks: false },
  );

  fakeBrowser.reset();
  const real = await runDay(
    {
      name: 'real background (entrypoints/background/index.ts main())',
      async start() {
        // A stopped worker loses its module state: a fresh import each start.
        vi.resetModules();
        const fresh = (await import('../entrypoints/background/index')).default as { main: () => unknown };
        await fresh.main();
      },
    },
    { start: DAY_START, chromeQuirks: true },
  );

  fakeBrowser.reset();
  const engine = await runQuietDay({ start: DAY_START });

  const out = {
    day: describeDay(DAY_START),
    naive: forTable(naive),
    engineBenchDriver: forTable(real),
    engineSim: { source: 'tests/sim/quiet-day.ts runQuietDay()', ...engine },
  };
  const file = process.env.BENCH_SIM_OUT;
  if (file) writeFileSync(file, JSON.stringify(out, null, 2));
  else console.log(JSON.stringify(out, null, 2));
}, 120_000);
