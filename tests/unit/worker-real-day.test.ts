import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { MIN, WorkerDriver } from '../sim/worker-driver';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

/**
 * Issue 11's scenarios 3, 7, 8, 9 and 12 and the media cap on the real
 * background code (fake browser): the engine-level twins are in
 * engine-real-day.test.ts / engine.test.ts.
 */

/** Monday 2 March 2026, local time. */
const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();
let w: WorkerDriver;

beforeEach(() => {
  w = new WorkerDriver(at(2, 10, 0));
});

describe('3. alarm lateness has its own tolerance', () => {
  it.each([
    ['65 s late on a busy machine that never slept (natural break 1 min) still prompts: not a break', 65_000, 1, [], '!'],
    ['2 h late after a sleep is a gap: no prompt, the bout before is logged, a new bout from waking', 120 * MIN, 0, ['natural'], ''],
  ] as const)('a prompt alarm %s', async (_story, late, prompts, logged, badge) => {
    await w.start({ naturalBreakMin: 1, repeatNudges: false });
    await w.runTo(at(2, 10, 44));
    expect(await w.alarmAt()).toBe(at(2, 10, 45));
    await w.fireAlarm(late);
    expect(w.shown).toHaveLength(prompts);
    expect(await w.outcomes()).toEqual(logged);
    expect(await w.badge()).toBe(badge);
    if (prompts === 0) expect((await w.tracker()).bout?.start).toBe(w.clock);
  });
});

describe('7. raising the interval re-checks a due or snoozed prompt', () => {
  it.each([
    ['due (ignored since 10:45)', null],
    ['snoozed for 5 min at 10:45', { kind: 'snooze', minutes: 5 } as const],
  ])('prompt at 45 %s, interval raised to 90 at 46 → badge off, no nudges, prompt at 90', async (_story, action) => {
    await w.start();
    await w.runTo(at(2, 10, 45));
    expect(w.shown).toEqual([at(2, 10, 45)]);
    if (action) await w.act(action);
    await w.runTo(at(2, 10, 46));
    await w.changeSettings({ intervalMin: 90 });
    expect(await w.badge()).toBe('');
    expect((await w.status()).nextPromptAt).toBe(at(2, 11, 30));
    await w.runTo(at(2, 11, 29));
    expect(w.shown).toEqual([at(2, 10, 45)]); // no nudge, no re-show
    await w.runTo(at(2, 11, 31));
    expect(w.shown).toEqual([at(2, 10, 45), at(2, 11, 30)]);
    expect(await w.badge()).toBe('!');
  });
});

describe('8. work hours across midnight are one period', () => {
  const nights = (start: string, end: string): Settings['workHours'] => ({
    enabled: true,
    days: DEFAULT_SETTINGS.workHours.days.map((d) => ({ ...d, enabled: true, start, end })) as Settings['workHours']['days'],
  });

  it.each([
    // Tuesday → Wednesday: 7 real hours from 23:00 to 06:00.
    ['an ordinary night (3→4 March)', 3, 7 * 60],
    // Europe/Berlin springs forward at 02:00 on 29 March: 23:00 → 06:00 local is 6 real hours.
    ['the DST night (28→29 March, 02:00 → 03:00 in Europe/Berlin)', 28, 6 * 60],
  ])('a night shift 22:00–06:00 on %s: a bout from 23:00 prompts at 23:45 and ends at 06:00 local', async (_story, day, realMin) => {
    w = new WorkerDriver(at(day, 23, 0));
    await w.start({ repeatNudges: false, workHours: nights('22:00', '06:00') });
    expect((await w.status()).phase).toBe('active');
    await w.runTo(at(day, 23, 46));
    expect(w.shown).toEqual([at(day, 23, 45)]);
    await w.act({ kind: 'moved' });
    await w.runTo(at(day + 1, 5, 59));
    expect((await w.tracker()).bout).not.toBeNull(); // still the same period after midnight
    await w.runTo(at(day + 1, 6, 1));
    const ended = at(day + 1, 6, 0);
    expect(ended - at(day, 23, 0)).toBe(realMin * MIN);
    expect((await w.tracker()).bout).toBeNull();
    expect((await w.status()).phase).toBe('outside');
    // The bout that ran at 06:00 was prompted at 00:31 and ignored (no nudges): logged, ending at 06:00 local.
    expect((await w.history()).at(-1)).toMatchObject({ outcome: 'ignored', end: ended });
    expect(await w.badge()).toBe('');
  });
});

describe('9. snooze with nothing due postpones', () => {
  it('snooze 10 min at 10:30 with nothing due: the status says next break at 10:55, and it comes then', async () => {
    await w.start({ repeatNudges: false });
    await w.runTo(at(2, 10, 30));
    expect((await w.status()).nextPromptAt).toBe(at(2, 10, 45));
    await w.act({ kind: 'snooze', minutes: 10 });
    expect((await w.status()).nextPromptAt).toBe(at(2, 10, 55));
    await w.runTo(at(2, 10, 54));
    expect(w.shown).toEqual([]);
    await w.runTo(at(2, 11, 0));
    expect(w.shown).toEqual([at(2, 10, 55)]);
  });
});

describe('12. "I already moved" twice', () => {
  it.each([
    ['40 s apart (a double click on a slow popup)', 'one break', 40_000, ['moved']],
    ['two minutes apart (a second break)', 'two breaks', 2 * MIN, ['moved', 'moved']],
  ] as const)('pressed %s logs %s', async (_story, _logs, gap, logged) => {
    await w.start();
    await w.runTo(at(2, 10, 30));
    await w.act({ kind: 'moved' });
    await w.runTo(at(2, 10, 30) + gap);
    await w.act({ kind: 'moved' });
    expect(await w.outcomes()).toEqual(logged);
  });
});

describe('background sound with nobody there is capped', () => {
  it('music left playing over a 2-hour lunch: the reminder comes when the 60-min hold ends (13:15), the spell is sitting for at most 2 h (to 14:00, never re-dated back to 12:00), a fresh bout on return', async () => {
    w = new WorkerDriver(at(2, 11, 30));
    await w.start({ repeatNudges: false });
    w.platform.audible = true;
    await w.runTo(at(2, 12, 1));
    await w.setIdle('idle'); // reported 60 s after the last input, at 12:00
    await w.runTo(at(2, 13, 14));
    expect(w.shown).toEqual([]); // due at 12:15, held while the sound plays
    expect((await w.status()).phase).toBe('deferred');
    await w.runTo(at(2, 14, 30));
    expect(w.shown).toEqual([at(2, 13, 15)]);
    expect(await w.history()).toMatchObject([{ outcome: 'ignored', start: at(2, 11, 30), end: at(2, 14, 0), screenMs: 150 * MIN }]);
    expect((await w.status()).phase).toBe('away');
    w.platform.audible = false;
    await w.setIdle('active');
    expect((await w.tracker()).bout?.start).toBe(at(2, 14, 30));
  });
});

describe('the running minute and a closed lid', () => {
  it('a minute started at 10:46, then the lid closed for an hour: the minute is logged at its end, the next bout starts when the lid opens (11:46), next break at 12:31', async () => {
    await w.start({ repeatNudges: false });
    await w.runTo(at(2, 10, 46));
    const exerciseId = (await w.tracker()).exerciseId!;
    await w.act({ kind: 'sessionStart', exerciseId, plannedMs: 60_000 });
    const wake = await w.alarmAt();
    await w.fireAlarm(at(2, 11, 46) - wake!); // the overdue wake fires as the lid opens
    expect(await w.history()).toMatchObject([{ outcome: 'taken', end: at(2, 10, 47) }]);
    expect((await w.tracker()).bout?.start).toBe(at(2, 11, 46));
    expect((await w.status()).nextPromptAt).toBe(at(2, 12, 31));
  });
});
