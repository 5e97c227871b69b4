import { afterAll } from 'vitest';

/**
 * Runs the calling test file in Europe/Berlin, a zone with DST (clocks go
 * forward on 2026-03-29 and back on 2026-10-25), so local days, work hours and
 * DST cases mean something whatever zone the machine is in. Call it at the top
 * of the file: `it.each` tables of local times are built when the file loads,
 * before any `beforeAll` runs. The process zone is restored after the file.
 */
export function useBerlinTimeZone(): void {
  const before = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  afterAll(() => {
    // Assigning undefined would store the string "undefined".
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
