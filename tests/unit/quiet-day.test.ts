import { describe, expect, it } from 'vitest';
import { runQuietDay } from '../sim/quiet-day';

describe('quiet by construction: a simulated 8-hour working day on the real background code', () => {
  it('≤ 2 alarm wake-ups per active hour besides the prompt; no write for a no-op event; ≤ 1 write per event', async () => {
    const c = await runQuietDay();
    expect(c.promptWakeups).toBeGreaterThanOrEqual(4); // the day does prompt
    expect(c.perActiveHour.alarmWakeupsBesidesPrompt).toBeLessThanOrEqual(2);
    // Signs of life and absences turning into breaks: a few, inside the budget above.
    expect(c.otherWakeups).toBeLessThanOrEqual(c.activeHours);
    expect(c.noopEvents).toBeGreaterThan(10);
    expect(c.writesOnNoopEvents).toBe(0);
    expect(c.maxWritesPerEvent).toBeLessThanOrEqual(1);
    expect(c.storageWrites).toBeLessThanOrEqual(c.changingEvents);
  });
});
