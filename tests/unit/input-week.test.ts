import { describe, expect, it } from 'vitest';
import { runInputWeek } from '../sim/input-week';

describe('a simulated week with input (typing, pauses, tab switches, calls, music) on the real worker', () => {
  it('prompts come at natural pauses (≥ 90 %), never later than the cap, never in a call before its cap, within 60 s of a call ending; ≤ 2 silent wake-ups per active hour; no write for a no-op event', async () => {
    const f = await runInputWeek();
    expect(f.errors).toEqual([]);
    expect(f.prompts).toBeGreaterThanOrEqual(25); // a week of prompts
    expect(f.atPauseShare).toBeGreaterThanOrEqual(0.9);
    expect(f.waitS.max).toBeLessThanOrEqual(f.waitS.capS);
    expect(f.heldWaitS.max).toBeLessThanOrEqual(f.heldWaitS.capS);
    expect(f.shownDuringCallBeforeCap).toBe(0);
    expect(f.callEnds.held).toBeGreaterThan(0); // the week has calls that end with a prompt held
    expect(f.callEnds.within60s).toBe(f.callEnds.held);
    expect(f.silentWakeupsPerActiveHour).toBeLessThanOrEqual(2);
    expect(f.noopWrites).toBe(0);
  }, 120_000);
});
