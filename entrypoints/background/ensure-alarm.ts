import { browser } from 'wxt/browser';

/** The one alarm; what it is for lives in the tracker state (wakeAt). */
export const ALARM_NAME = 'glute-break:wake';
const CHROME_MIN_ALARM_MS = 30_000;

/**
 * Makes the alarm match `wakeAt` (none when null). Re-creating an alarm
 * resets it, so only when missing or wrong. Packed Chrome delays alarms due
 * within 30 s to 30 s: that delay is not "wrong". Resolves true if it created one.
 */
export async function ensureAlarm(wakeAt: number | null, now: number): Promise<boolean> {
  const existing = await browser.alarms.get(ALARM_NAME);
  if (wakeAt === null) {
    if (existing) await browser.alarms.clear(ALARM_NAME);
    return false;
  }
  const clamped =
    existing !== undefined && existing.scheduledTime > wakeAt && existing.scheduledTime <= Math.max(wakeAt, now + CHROME_MIN_ALARM_MS);
  if (existing && (existing.scheduledTime === wakeAt || clamped)) return false;
  await browser.alarms.create(ALARM_NAME, { when: wakeAt });
  return true;
}
