import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import type { HistoryEntry } from '../../core/history/history-entry';
import {
  configFrom,
  freshTracker,
  parseTracker,
  step,
  type Effect,
  type EngineEvent,
  type Picker,
  type PromptWords,
  type TrackerState,
} from '../../core/engine';

export const MIN = 60_000;

/**
 * The drivers' defaults: prompts on the dot (no natural-pause wait), so the rules of when a prompt is
 * due read on their own; the wait has its own stories (engine-moment.test.ts), with the real default.
 */
export const ON_THE_DOT: Partial<Settings> = { pauseWaitMin: 0 };

/**
 * Drives the pure engine with a fake clock, the way the background would:
 * alarms are delivered at their time unless the machine "sleeps". With
 * `roundTrip`, the state goes through JSON and parseTracker before every
 * event, like a worker that died and reloaded it from storage.
 */
export class EngineDriver {
  now: number;
  state: TrackerState;
  settings: Settings;
  fullscreen = false;
  /** Media playing (a tab with sound; Firefox: a call sharing camera/mic). */
  media = { audible: false, sharing: false };
  readonly log: { at: number; event: EngineEvent; effects: Effect[] }[] = [];
  readonly history: HistoryEntry[] = [];
  badge = false;
  alarm: number | null = null;
  writes = 0;

  constructor(
    readonly t0: number,
    opts: { settings?: Partial<Settings>; roundTrip?: boolean; pick?: Picker } = {},
  ) {
    this.now = t0;
    this.settings = { ...structuredClone(DEFAULT_SETTINGS), ...ON_THE_DOT, ...opts.settings };
    this.roundTrip = opts.roundTrip ?? false;
    this.pick = opts.pick ?? (({ seed, anotherThan }) => (anotherThan === 'ex-a' ? 'ex-b' : seed % 2 ? 'ex-b' : 'ex-a'));
    this.state = freshTracker(t0);
  }
  private readonly roundTrip: boolean;
  private readonly pick: Picker;

  /** Minutes since t0. */
  min(t: number = this.now): number {
    return (t - this.t0) / MIN;
  }

  send(event: EngineEvent): Effect[] {
    const before = this.roundTrip ? parseTracker(JSON.parse(JSON.stringify(this.state))) : this.state;
    const { state, effects } = step(before, event, {
      now: this.now,
      config: configFrom(this.settings, MIN),
      fullscreen: this.fullscreen,
      media: this.media,
      pick: this.pick,
    });
    if (state !== before) this.writes += 1;
    this.state = state;
    this.log.push({ at: this.now, event, effects });
    for (const e of effects) {
      if (e.type === 'appendHistory') this.history.push(e.entry);
      if (e.type === 'removeHistory') {
        const m = e.entry;
        const i = this.history.findLastIndex((h) => h.start === m.start && h.end === m.end && h.outcome === m.outcome);
        if (i >= 0) this.history.splice(i, 1);
      }
      if (e.type === 'setBadge') this.badge = e.due;
      if (e.type === 'setAlarm') this.alarm = e.at;
      if (e.type === 'clearAlarm') this.alarm = null;
    }
    return effects;
  }

  /** A tab starts or stops playing sound (or, Firefox, sharing): tabs.onUpdated, seen as a `media` event. */
  setMedia(audible: boolean, sharing = false): this {
    this.media = { audible, sharing };
    this.send({ type: 'media' });
    return this;
  }

  /** Lets time run to t (epoch ms), delivering our alarm on time whenever it comes due. */
  runTo(t: number): this {
    while (this.alarm !== null && this.alarm <= t) {
      this.now = Math.max(this.now, this.alarm);
      this.send({ type: 'alarm', scheduledTime: this.alarm });
    }
    this.now = Math.max(this.now, t);
    return this;
  }

  /** runTo, in minutes since t0. */
  toMin(m: number): this {
    return this.runTo(this.t0 + m * MIN);
  }

  /** The machine sleeps until t: nothing fires; on waking, an overdue alarm fires late. */
  sleepTo(t: number): this {
    this.now = t;
    if (this.alarm !== null && this.alarm <= t) this.send({ type: 'alarm', scheduledTime: this.alarm });
    return this;
  }

  /** Minutes since t0 of every shown prompt (nudge 0) and of every nudge. */
  get prompts(): number[] {
    return this.shows(0);
  }
  /** What each shown notification says (how long sat, why now, which phrasing), in order. */
  get words(): PromptWords[] {
    return this.log.flatMap((l) => l.effects.flatMap((e) => (e.type === 'showNotification' ? [e.words] : [])));
  }
  get nudges(): number[] {
    return this.log.flatMap((l) => l.effects.filter((e) => e.type === 'showNotification' && e.nudge > 0).map(() => this.min(l.at)));
  }
  private shows(nudge: number): number[] {
    return this.log.flatMap((l) => l.effects.filter((e) => e.type === 'showNotification' && e.nudge === nudge).map(() => this.min(l.at)));
  }
}
