import { EXERCISES } from '../../content/exercises';
import type { BackgroundApp } from '../../entrypoints/background/background-app';
import { startBackground } from '../../entrypoints/background/start-background';
import { runDay, type DayCounts, type Design } from './day-driver';

/**
 * The engine's quiet day: the REAL background code (startBackground) through
 * the one day simulator (tests/sim/day-driver.ts), with Chrome's quirks on
 * (each alarm delivered twice, an hourly worker restart for nothing).
 * tests/unit/quiet-day.test.ts asserts its bounds; the bench reports it
 * (bench/quiet-day.sim.ts). Run after fakeBrowser.reset().
 */
export type QuietDayCounts = DayCounts;

const MIN = 60_000;

/** startBackground as the worker's top level: a new app (no memory) at every worker start. */
function engineDesign(): Design {
  let app: BackgroundApp | null = null;
  return {
    name: 'engine: startBackground (tests/sim/quiet-day.ts)',
    start() {
      app = startBackground({ now: () => Date.now(), minuteMs: MIN, catalogue: EXERCISES, firefox: false });
    },
    settled: () => app?.settled() ?? Promise.resolve(),
  };
}

export function runQuietDay(opts: { start?: number } = {}): Promise<QuietDayCounts> {
  return runDay(engineDesign(), { ...opts, chromeQuirks: true });
}
