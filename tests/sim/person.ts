import type { UserAction } from '../../core/messages';
import { REACTIONS } from './working-day';

/** Something the person does at `at`: an action through the popup, or a click on the notification. */
export type PersonStep = { at: number; kind: 'action'; action: UserAction; click?: boolean };

/** Clicks the prompt at `clickAt`, presses Start in the popup a few seconds later, and sees the minute end at `doneAt`. */
const takeBreak = (clickAt: number, doneAt: number): PersonStep[] => [
  { at: clickAt, kind: 'action', action: { kind: 'startBreak' }, click: true },
  {
    at: clickAt + 5_000,
    kind: 'action',
    action: { kind: 'sessionStart', exerciseId: 'glute-squeeze', plannedMs: doneAt - clickAt - 5_000 },
  },
  { at: doneAt, kind: 'action', action: { kind: 'sessionFinish' } },
];

/**
 * The person at the desk in the simulated day: answers a first prompt with
 * the next of REACTIONS, acts on the day's first re-show of a snoozed prompt
 * (click, then done), ignores the rest (nudges included) until a natural break.
 * Sees only notifications, never the engine's state, so any design can be driven.
 */
export class Person {
  mode: 'none' | 'answering' | 'snoozed' | 'ignoring' = 'none';
  /** Notifications seen, and those taken as a first prompt. */
  shown = 0;
  firsts = 0;
  private reaction = 0;
  private snoozedOnce = false;

  constructor(private readonly plan: (steps: PersonStep[]) => void) {}

  notified(t: number): void {
    this.shown += 1;
    if (this.mode === 'answering' || this.mode === 'ignoring') return;
    if (this.mode === 'snoozed') {
      if (this.snoozedOnce) {
        this.mode = 'ignoring';
        return;
      }
      this.snoozedOnce = true;
      this.mode = 'answering';
      this.plan(takeBreak(t + 30_000, t + 100_000));
      return;
    }
    this.firsts += 1;
    const r = REACTIONS[this.reaction++ % REACTIONS.length]!;
    this.mode = r.kind === 'ignore' ? 'ignoring' : 'answering';
    if (r.kind === 'break') this.plan(takeBreak(t + r.clickAfterSec * 1000, t + r.doneAfterSec * 1000));
    if (r.kind === 'snooze') this.plan([{ at: t + r.afterSec * 1000, kind: 'action', action: { kind: 'snooze' } }]);
    if (r.kind === 'moved') this.plan([{ at: t + r.afterSec * 1000, kind: 'action', action: { kind: 'moved' } }]);
  }

  /** After one of its own steps: a snooze waits for the re-show; done, moved or skip close the prompt. */
  acted(kind: UserAction['kind'], click: boolean): void {
    if (kind === 'snooze') this.mode = 'snoozed';
    else if (!click) this.mode = 'none';
  }

  /** Back from an absence long enough to be a natural break: an ignored prompt has ended. */
  backFromBreak(): void {
    if (this.mode === 'ignoring') this.mode = 'none';
  }
}
