import type { Ref } from 'preact';
import { ChoiceMenu, type Choice } from './ChoiceMenu';

export interface ActionBarProps<P> {
  startRef: Ref<HTMLButtonElement>;
  labels: { start: string; another: string; moved: string; skip: string; snooze: string; pause: string };
  snoozeChoices: readonly Choice<number>[];
  pauseChoices: readonly Choice<P>[];
  /** While paused, Resume sits next to the status line instead of the pause menu. */
  paused: boolean;
  onStart: () => void;
  onAnother: () => void;
  onMoved: () => void;
  onSkip: () => void;
  onSnooze: (minutes: number) => void;
  onPause: (choice: P) => void;
}

/**
 * The popup's buttons under the exercise card: start the minute, or answer the prompt another way.
 * Two fixed rows: "Another" opens the first, Skip closes the second at the far end, so a hand
 * clicking Another again and again never lands on Skip (the rows do not reflow with the card).
 */
export function ActionBar<P>(p: ActionBarProps<P>) {
  return (
    <div class="actions">
      <button ref={p.startRef} type="button" class="btn btn--primary btn--wide" onClick={p.onStart}>
        {p.labels.start}
      </button>
      <div class="actions__row">
        <button type="button" class="btn btn--quiet" onClick={p.onAnother}>
          {p.labels.another}
        </button>
        <button type="button" class="btn btn--quiet" onClick={p.onMoved}>
          {p.labels.moved}
        </button>
      </div>
      <div class="actions__row">
        <ChoiceMenu label={p.labels.snooze} choices={p.snoozeChoices} onChoose={p.onSnooze} />
        {!p.paused && <ChoiceMenu label={p.labels.pause} choices={p.pauseChoices} onChoose={p.onPause} />}
        <button type="button" class="btn btn--quiet actions__skip" onClick={p.onSkip}>
          {p.labels.skip}
        </button>
      </div>
    </div>
  );
}
