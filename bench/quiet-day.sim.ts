/**
 * Quiet worker: the working day (bench/day-script.ts, the same day as the
 * engine's tests/sim/quiet-day.ts) on WXT's fake browser with a fake clock.
 *
 * - engine: the engine's own simulation, runQuietDay() from tests/sim, which
 *   drives the real background (startBackground) — when it exists;
 * - engine (bench driver): the real entrypoints/background.ts through the
 *   bench's own driver (bench/sim-driver.ts), as a cross-check and as the
 *   figure when tests/sim has no runQuietDay yet;
 * - naive: the 1-minute ticker (bench/naive-background.ts) through the same
 *   bench driver and day.
 *
 * Writes the counts as JSON to $BENCH_SIM_OUT. Run by bench/run.mjs through
 * bench/vitest.bench.config.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeDay } from './day-script';
import { naiveMain } from './naive-background';
import { runDay, type DayCounts } from './sim-driver';

const ENGINE_SIM = path.resolve(import.meta.dirname, '../tests/sim/quiet-day.ts');

async function engineSim(): Promise<Record<string, unknown>> {
  if (!existsSync(ENGINE_SIM)) return { missing: 'tests/sim/quiet-day.ts does not exist yet' };
  try {
    // A variable path: this file must load even before tests/sim/quiet-day.ts exists.
    const mod = (await import(/* @vite-ignore */ ENGINE_SIM)) as { runQuietDay?: () => Promise<Record<string, unknown>> };
    if (typeof mod.runQuietDay !== 'function') return { missing: 'tests/sim/quiet-day.ts exports no runQuietDay' };
    fakeBrowser.reset();
    vi.useRealTimers();
    return { source: 'tests/sim/quiet-day.ts runQuietDay()', ...(await mod.runQuietDay()) };
  } catch (e) {
    return { error: `tests/sim/quiet-day.ts: ${String(e)}` };
  }
}

it('simulates the working day for the real background and the naive baseline', async () => {
  const naive = await runDay({ name: 'naive 1-minute ticker (bench/naive-background.ts)', start: naiveMain });

  let bench: DayCounts | { missing: string } = { missing: 'entrypoints/background.ts has no main()' };
  const mod = (await import('../entrypoints/background')).default as { main?: () => unknown };
  if (typeof mod?.main === 'function') {
    const real = await runDay({
      name: 'real background (entrypoints/background.ts) through the bench driver',
      async start() {
        // A stopped worker loses its module state: a fresh import each start.
        vi.resetModules();
        const fresh = (await import('../entrypoints/background')).default as { main: () => unknown };
        await fresh.main();
      },
    });
    const acted = real.alarmWakeups > 0 || real.notifications > 0 || real.storageWrites > 0;
    bench = acted ? real : { missing: 'entrypoints/background.ts wrote, scheduled and showed nothing all day (engine not wired yet?)' };
  }

  const engine = await engineSim();
  const out = { day: describeDay(), naive, engineBenchDriver: bench, engineSim: engine };
  const file = process.env.BENCH_SIM_OUT;
  if (file) writeFileSync(file, JSON.stringify(out, null, 2));
  else console.log(JSON.stringify(out, null, 2));
}, 120_000);
