/**
 * Quiet worker: the bench's working day (bench/day-script.ts) for the real
 * background (entrypoints/background.ts, restarted like a Chrome service
 * worker) and for the naive 1-minute ticker (bench/naive-background.ts), both
 * on WXT's fake browser with a fake clock. Writes the counts as JSON to
 * $BENCH_SIM_OUT. Run by bench/run.mjs through bench/vitest.bench.config.ts.
 */
import { writeFileSync } from 'node:fs';
import { it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeHours, DAY } from './day-script';
import { naiveMain } from './naive-background';
import { runDay, type DayCounts } from './sim-driver';

it('simulates the working day for the real background and the naive baseline', async () => {
  const naive = await runDay({ name: 'naive 1-minute ticker', start: naiveMain });

  let engine: DayCounts | { missing: string } = { missing: 'entrypoints/background.ts registers no listeners yet' };
  const mod = (await import('../entrypoints/background')).default as { main?: () => unknown };
  if (typeof mod?.main === 'function') {
    const real = await runDay({
      name: 'real background (entrypoints/background.ts)',
      async start() {
        // A stopped worker loses its module state: a fresh import each start.
        vi.resetModules();
        const fresh = (await import('../entrypoints/background')).default as { main: () => unknown };
        await fresh.main();
      },
    });
    const listened =
      real.alarmWakeups > 0 || real.notifications > 0 || real.storageWrites > 0 || fakeBrowser.alarms.onAlarm.hasListeners();
    engine = listened ? real : { missing: 'entrypoints/background.ts wrote, scheduled and showed nothing all day (engine not wired yet?)' };
  }

  const out = {
    day: { ...DAY, activeHours: Math.round(activeHours() * 100) / 100 },
    naive,
    engine,
  };
  const file = process.env.BENCH_SIM_OUT;
  if (file) writeFileSync(file, JSON.stringify(out, null, 2));
  else console.log(JSON.stringify(out, null, 2));
}, 120_000);
