/**
 * The right moment, measured: the simulated week with input
 * (tests/sim/input-week.ts, the same run tests/unit/input-week.test.ts
 * checks) on the real background code. Writes the figures as JSON to
 * $BENCH_WEEK_OUT; asserts nothing. Run by bench/run.mjs.
 */
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runInputWeek } from '../tests/sim/input-week';

it('simulates a working week with input on the real background', async () => {
  fakeBrowser.reset();
  const week = await runInputWeek();
  const file = process.env.BENCH_WEEK_OUT;
  if (file) writeFileSync(file, JSON.stringify(week, null, 2));
  else console.log(JSON.stringify(week, null, 2));
}, 120_000);
