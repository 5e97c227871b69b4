import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import type { TrackerState } from '../../core/engine';
import { mulberry32 } from '../../core/picker/random';
import { CALL_WAIT_MIN, PAUSE_WAIT_MIN } from '../../core/settings/settings';
import type { BackgroundApp } from '../../entrypoints/background/background-app';
import { startBackground } from '../../entrypoints/background/start-background';
import { dropWorkerListeners, installFakePlatform, type FakePlatform } from './fake-platform';

/**
 * A working week with input, second by second, on the real background code
 * (startBackground on WXT's fake browser, a fake clock): bursts of typing
 * (2–40 s) and pauses (1–60 s, heavy-tailed: log-uniform), a tab switch after
 * one burst in eight, one or two calls
 * a day (20–90 min, a tab with sound and short silences, the mouse moved now
 * and then), music all afternoon on two days, lunch and coffee away. Chrome's
 * idle API is modelled from the input: idle once input has stopped for the
 * worker's detection interval (15 s during a natural-pause wait, 60 s
 * otherwise), active at the next input, and `queryState(n)` true to the
 * input. The worker dies 30 s after its last event and starts again at the
 * next. The person answers prompts in turn (break, snooze, break, ignore,
 * break, moved). The default settings, natural-pause wait and call hold included.
 *
 * tests/unit/input-week.test.ts asserts the goals; `npm run bench` prints the figures.
 */
export interface WeekFigures {
  days: number;
  activeHours: number;
  /** First prompts and re-shows after a snooze (nudges apart). */
  prompts: number;
  /** …shown at a natural pause: input stopped ≥ 15 s, a tab switch, or a call's end. */
  atPause: number;
  atPauseShare: number;
  /** Due → shown, prompts not held by a call (s): median, max; the cap is pauseWaitMin. */
  waitS: { median: number; max: number; capS: number };
  /** Due → shown, prompts held by a call or music (s): max; the cap is callWaitMin + pauseWaitMin. */
  heldWaitS: { max: number; capS: number };
  /** Prompts shown while a call or music played, before the call cap (goal 0). */
  shownDuringCallBeforeCap: number;
  /** Calls that ended with a prompt held, and how many of those prompts came within 60 s of the end. */
  callEnds: { held: number; within60s: number; maxDelayS: number };
  /** Breaks offered after a long call past half the interval. */
  longCallOffers: number;
  nudges: number;
  alarmWakeups: number;
  /** Alarm wake-ups that showed nothing and started no wait: per active hour (goal ≤ 2). */
  silentWakeupsPerActiveHour: number;
  events: number;
  workerStarts: number;
  storageWrites: number;
  /** Storage writes during events that changed nothing stored (goal 0). */
  noopWrites: number;
  errors: string[];
}

const MIN = 60_000;
const S = 1_000;
const WORKER_IDLE_KILL_MS = 30_000;

interface Span {
  from: number;
  to: number;
}
interface DayPlan {
  start: number;
  end: number;
  /** Seconds with input (epoch s). */
  input: Set<number>;
  switches: Set<number>;
  /** Sound spans (calls with their silences, music). */
  sound: Span[];
  calls: Span[];
  away: Span[];
}

const inSpans = (spans: Span[], t: number) => spans.some((s) => s.from <= t && t < s.to);

/** One day's input, sound and absences, from 09:00 to 17:00. */
function planDay(start: number, rnd: () => number, music: boolean): DayPlan {
  const at = (h: number, m: number) => start + ((h - 9) * 60 + m) * MIN;
  const end = at(17, 0);
  const uniform = (a: number, b: number) => a + rnd() * (b - a);
  const away: Span[] = [
    { from: at(12, 0), to: at(12, 40) },
    { from: Math.round(uniform(at(10, 0), at(11, 30)) / S) * S, to: 0 },
    { from: Math.round(uniform(at(15, 0), at(16, 0)) / S) * S, to: 0 },
  ];
  away[1]!.to = away[1]!.from + Math.round(uniform(5, 10)) * MIN;
  away[2]!.to = away[2]!.from + Math.round(uniform(5, 10)) * MIN;
  const calls: Span[] = [];
  for (let k = 0, tries = 0; k < (rnd() < 0.5 ? 1 : 2) && tries < 50; tries += 1) {
    const from = Math.round(uniform(at(9, 30), at(15, 30)) / MIN) * MIN;
    const to = from + Math.round(uniform(20, 90)) * MIN;
    const clash = [...away, ...calls].some((s) => from < s.to + 5 * MIN && s.from - 5 * MIN < to);
    if (to <= end && !clash) {
      calls.push({ from, to });
      k += 1;
    }
  }
  const sound: Span[] = [];
  for (const c of calls) {
    // Silences between speakers (3–12 s), every 2–6 minutes.
    let t = c.from;
    while (t < c.to) {
      const talk = Math.round(uniform(2, 6) * 60) * S;
      sound.push({ from: t, to: Math.min(c.to, t + talk) });
      t += talk + Math.round(uniform(3, 12)) * S;
    }
  }
  if (music) sound.push({ from: at(13, 30), to: end });
  const input = new Set<number>();
  const switches = new Set<number>();
  for (let t = start; t < end; ) {
    if (inSpans(away, t)) {
      t += S;
      continue;
    }
    if (inSpans(calls, t)) {
      // In a call: the mouse now and then (every 20–120 s).
      input.add(t / S);
      t += Math.round(uniform(20, 120)) * S;
      continue;
    }
    const burst = Math.round(uniform(2, 40));
    for (let k = 0; k < burst; k += 1) input.add(t / S + k);
    t += burst * S;
    if (rnd() < 0.125) switches.add(t / S);
    // Pauses of 1–60 s, heavy-tailed: log-uniform (density ∝ 1/x), so most are a few seconds and
    // about a third reach 15 s (reading, thinking).
    t += Math.max(1, Math.round(Math.exp(rnd() * Math.log(60)))) * S;
  }
  return { start, end, input, switches, sound, calls, away };
}

const REACTIONS = ['break', 'snooze', 'break', 'ignore', 'break', 'moved'] as const;

export async function runInputWeek(opts: { start?: number; days?: number; seed?: number } = {}): Promise<WeekFigures> {
  const monday = opts.start ?? new Date(2026, 2, 2, 9, 0).getTime();
  const days = opts.days ?? 5;
  const rnd = mulberry32(opts.seed ?? 20_261_204); // the same week every run
  const plans = Array.from({ length: days }, (_, d) => planDay(monday + d * 24 * 60 * MIN, rnd, d === 1 || d === 3));

  vi.useFakeTimers({ now: monday, toFake: ['Date'] });
  let platform: FakePlatform = installFakePlatform();
  let app: BackgroundApp | null = null;
  let lastEventAt = -Infinity;
  const f: WeekFigures = {
    days,
    activeHours: 0,
    prompts: 0,
    atPause: 0,
    atPauseShare: 0,
    waitS: { median: 0, max: 0, capS: PAUSE_WAIT_MIN.default * 60 },
    heldWaitS: { max: 0, capS: (CALL_WAIT_MIN.default + PAUSE_WAIT_MIN.default) * 60 },
    shownDuringCallBeforeCap: 0,
    callEnds: { held: 0, within60s: 0, maxDelayS: 0 },
    longCallOffers: 0,
    nudges: 0,
    alarmWakeups: 0,
    silentWakeupsPerActiveHour: 0,
    events: 0,
    workerStarts: 0,
    storageWrites: 0,
    noopWrites: 0,
    errors: [],
  };
  const waits: number[] = [];
  let silent = 0;
  let shownCount = 0;
  const create = fakeBrowser.notifications.create;
  fakeBrowser.notifications.create = ((...args: Parameters<typeof create>) => {
    shownCount += 1;
    return create(...args);
  }) as typeof create;

  const tracker = async () => (await fakeBrowser.storage.local.get('tracker')).tracker as TrackerState | undefined;
  const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

  async function deliver(
    what: string,
    fire: () => Promise<unknown>,
  ): Promise<{ shown: boolean; before?: TrackerState; after?: TrackerState }> {
    // Measured before a fresh worker's start-up: what it does at its reconcile belongs to this event.
    const before = await tracker();
    const snap = await snapshot();
    const n0 = shownCount;
    const w0 = platform.writes.local;
    if (!app || Date.now() - lastEventAt > WORKER_IDLE_KILL_MS) {
      dropWorkerListeners();
      const { writes, idleState, idleForS, audible, detectionInterval } = platform;
      platform = installFakePlatform();
      Object.assign(platform, { writes, idleState, idleForS, audible, detectionInterval });
      f.workerStarts += 1;
      app = startBackground({ now: () => Date.now(), minuteMs: MIN, catalogue: EXERCISES, firefox: false });
      await app.settled();
    }
    try {
      await fire();
      await app.settled();
    } catch (e) {
      f.errors.push(`${what}: ${String(e)}`);
    }
    lastEventAt = Date.now();
    f.events += 1;
    const w = platform.writes.local - w0;
    f.storageWrites += w;
    if ((await snapshot()) === snap) f.noopWrites += w;
    const after = await tracker();
    return { shown: shownCount > n0, ...(before ? { before } : {}), ...(after ? { after } : {}) };
  }

  // The person: reacts to each prompt in turn; ignores nudges; an ignored prompt is left to the next break.
  type Act = { at: number; run: () => Promise<unknown> };
  let acts: Act[] = [];
  let reaction = 0;
  let ignoring = false;
  const breakAway: Span[] = [];
  const send = (action: object) => () => fakeBrowser.runtime.sendMessage({ type: 'action', action });
  function react(t: number, nudge: boolean) {
    if (nudge || ignoring) return;
    const r = REACTIONS[reaction++ % REACTIONS.length]!;
    if (r === 'ignore') ignoring = true;
    if (r === 'break') {
      acts.push(
        { at: t + 15 * S, run: () => fakeBrowser.notifications.onClicked.trigger('glute-break:prompt') },
        { at: t + 20 * S, run: send({ kind: 'sessionStart', exerciseId: 'glute-squeeze', plannedMs: 60_000 }) },
      );
      breakAway.push({ from: t + 15 * S, to: t + 85 * S });
    }
    if (r === 'snooze') acts.push({ at: t + 10 * S, run: send({ kind: 'snooze' }) });
    if (r === 'moved') acts.push({ at: t + 20 * S, run: send({ kind: 'moved' }) });
  }

  let heldCallEnd: number | null = null;
  for (const plan of plans) {
    vi.setSystemTime(plan.start);
    let lastInput = plan.start;
    let reported: 'active' | 'idle' = 'active';
    let audible = false;
    platform.idleState = 'active';
    platform.idleForS = 0;
    platform.audible = false; // the music stopped with the browser last night
    await deliver('browser start', () => fakeBrowser.runtime.onStartup.trigger());
    let nextAlarm = (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime).sort((a, b) => a - b)[0] ?? Infinity;
    const refreshAlarm = async () => {
      nextAlarm = (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime).sort((a, b) => a - b)[0] ?? Infinity;
    };
    /** After an event: a prompt shown is counted and answered. */
    const observe = async (r: { shown: boolean; after?: TrackerState }, kind: string) => {
      const p = r.after?.prompt;
      if (!r.shown || !p || p.shownAt !== Date.now()) return;
      const t = Date.now();
      if (p.nudges > 0) {
        f.nudges += 1;
        react(t, true);
        return;
      }
      f.prompts += 1;
      const held = (p.cause === 'callEnded' || heldCallEnd !== null) && p.cause !== 'snoozed';
      const natural = t - lastInput >= 15 * S || kind === 'switch' || p.cause === 'callEnded' || p.cause === 'longCall';
      if (natural) f.atPause += 1;
      if (p.cause === 'longCall') f.longCallOffers += 1;
      if (audible && t - p.firstAt < CALL_WAIT_MIN.default * MIN && p.cause !== 'longCall') f.shownDuringCallBeforeCap += 1;
      if (heldCallEnd !== null) {
        const delay = (t - heldCallEnd) / S;
        f.callEnds.maxDelayS = Math.max(f.callEnds.maxDelayS, delay);
        if (delay <= 60) f.callEnds.within60s += 1;
        heldCallEnd = null;
      }
      if (p.cause === undefined || p.cause === 'callEnded') {
        const wait = (t - p.firstAt) / S;
        if (held || r.after?.call) f.heldWaitS.max = Math.max(f.heldWaitS.max, wait);
        else waits.push(wait);
      }
      react(t, false);
    };

    for (let sec = plan.start / S; sec < plan.end / S; sec += 1) {
      const t = sec * S;
      // Our alarm, at its own time.
      while (nextAlarm <= t) {
        vi.setSystemTime(nextAlarm);
        const r = await deliver('alarm', async () => {
          const a = (await fakeBrowser.alarms.getAll())[0];
          if (!a) return;
          await fakeBrowser.alarms.clear(a.name);
          await fakeBrowser.alarms.onAlarm.trigger(a);
        });
        f.alarmWakeups += 1;
        // The prompt's own wakes: its due moment (the badge, the wait or the hold begins) and the caps.
        const waitsNow = (s?: TrackerState) => s?.prompt?.phase === 'waiting' || s?.prompt?.phase === 'deferred';
        const capped = r.before?.prompt?.phase === 'deferred' && r.after?.prompt?.phase === 'waiting';
        if (!r.shown && !(waitsNow(r.after) && !waitsNow(r.before)) && !capped) {
          silent += 1;
        }
        await observe(r, 'alarm');
        await refreshAlarm();
      }
      vi.setSystemTime(t);
      // The person's own steps.
      const due = acts.filter((a) => a.at <= t);
      acts = acts.filter((a) => a.at > t);
      for (const a of due) {
        await observe(await deliver('person', a.run), 'person');
        await refreshAlarm();
      }
      const away = inSpans(plan.away, t) || inSpans(breakAway, t);
      if (away && inSpans(plan.away, t)) ignoring = false; // an ignored prompt ends with a real break
      if (!away) f.activeHours += 1 / 3600;
      if (!away && plan.input.has(sec)) lastInput = t;
      // Sound: a tab starts or stops playing (tabs.onUpdated with `audible`).
      const playing = inSpans(plan.sound, t);
      if (playing !== audible) {
        audible = playing;
        platform.audible = playing;
        const ended = !playing && plan.calls.some((c) => c.to === t);
        const r = await deliver('sound', () => fakeBrowser.tabs.onUpdated.trigger(9_001, { audible: playing }, { id: 9_001 } as never));
        if (ended && r.after?.prompt?.phase === 'deferred') {
          heldCallEnd = t;
          f.callEnds.held += 1;
        }
        await observe(r, 'sound');
        await refreshAlarm();
      }
      if (!away && plan.switches.has(sec)) {
        lastInput = t;
        await observe(await deliver('switch', () => fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 1 })), 'switch');
        await refreshAlarm();
      }
      // Chrome's idle API, from the input and the interval the worker set.
      const idleS = (t - lastInput) / S;
      platform.idleForS = idleS;
      platform.idleState = idleS >= 15 ? 'idle' : 'active';
      const state = idleS >= (platform.detectionInterval ?? 60) ? 'idle' : 'active';
      if (state !== reported) {
        reported = state;
        const r = await deliver(`idle ${state}`, () => platform.setIdle(state));
        platform.idleState = idleS >= 15 ? 'idle' : 'active';
        await observe(r, 'idle');
        await refreshAlarm();
      }
    }
    // The browser closes for the night: the worker is gone; the evening is no screen time.
    dropWorkerListeners();
    app = null;
    acts = [];
    ignoring = false;
    heldCallEnd = null;
  }
  fakeBrowser.notifications.create = create;
  vi.useRealTimers();

  waits.sort((a, b) => a - b);
  f.waitS.median = waits.length ? waits[Math.floor(waits.length / 2)]! : 0;
  f.waitS.max = waits.length ? waits[waits.length - 1]! : 0;
  f.atPauseShare = f.prompts ? Math.round((f.atPause / f.prompts) * 1000) / 1000 : 0;
  f.activeHours = Math.round(f.activeHours * 100) / 100;
  f.silentWakeupsPerActiveHour = Math.round((silent / f.activeHours) * 100) / 100;
  return f;
}
