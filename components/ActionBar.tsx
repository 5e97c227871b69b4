import type { Ref } from 'preact';
import { ChoiceMenu, type Choice } from './ChoiceMenu';

export interface ActionBarProps<P> {
  startRef: Ref<HTMLButtonElement>;
  labels: { start: string; another: string; moved: string; skip: string; snooze: string; pause: string };
  snoozeChoices: readonly Choice<number>[];
  pauseChoices: readonly Choice<P>[];
  /** While paused, Resume sits next to the status line instead of the pause menu. */
  paused: boolean;
  /** No snooze left for this break: in the menu's place, one calm line saying so. */
  noSnoozeLeft?: string;
  onStart: () => void;
  onAnother: () => void;
  onMoved: () => void;
  onSkip: () => void;
  onSnooze: (minutes: number) => void;
  onPause: (choice: P) => void;
}

/**
 * The popup's buttons under the exercise card: start the minute, or answer the prompt another way.
 * Three fixed rows: Start with Skip at its far end (the two answers to "take a break now?"), then
 * Another and "I already moved", then the snooze/postpone and pause menus. Skip sits two rows away
 * from Another, so a hand clicking Another again and again never lands on it, and no label wraps:
 * each row fits one line at 360 px in every language we ship (checked in e2e).
 */
export function ActionBar<P>(p: ActionBarProps<P>) {
  return (
    <div class="actions">
      <div class="actions__main">
        <button ref={p.startRef} type="button" class="btn btn--primary btn--wide" onClick={p.onStart}>
          {p.labels.start}
        </button>
        <button type="button" class="btn btn--quiet actions__skip" onClick={p.onSkip}>
          {p.labels.skip}
        </button>
      </div>
      <div class="actions__row">
        <button type="button" class="btn btn--quiet" onClick={p.onAnother}>
          {p.labels.another}
        </button>
        <button type="button" class="btn btn--quiet" onClick={p.onMoved}>
          {p.labels.moved}
        </button>
      </div>
      <div class="actions__row">
        {p.noSnoozeLeft === undefined ? (
          <ChoiceMenu label={p.labels.snooze} choices={p.snoozeChoices} onChoose={p.onSnooze} />
        ) : (
          <p class="actions__note" data-testid="no-snooze-left">
            {p.noSnoozeLeft}
          </p>
        )}
        {!p.paused && <ChoiceMenu class="actions__pause" label={p.labels.pause} choices={p.pauseChoices} onChoose={p.onPause} />}
      </div>
    </div>
  );
}
