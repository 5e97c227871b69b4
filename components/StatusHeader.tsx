export interface StatusHeaderProps {
  /** The status line; replaced by `notice` while one shows. */
  text: string;
  /** The status phase, for its colour. */
  phase: string;
  notice: string;
  /** Resume is offered here while reminders are paused. */
  resumeLabel: string | null;
  onResume: () => void;
  /** Undo is offered here for a few seconds after Skip or "I already moved". */
  undoLabel?: string | null;
  onUndo?: () => void;
  optionsLabel: string;
  onOptions: () => void;
}

/** The popup's top line: what the reminder is doing, Resume while paused, and the options button. */
export function StatusHeader(p: StatusHeaderProps) {
  return (
    <header class="status">
      {/* Not a live region: it changes every minute. Notices are announced below. */}
      <p class={`status__text status__text--${p.notice ? 'notice' : p.phase}`} data-testid="status">
        {p.notice || p.text}
      </p>
      <p class="sr-only" role="status">
        {p.notice}
      </p>
      {p.undoLabel && (
        <button type="button" class="btn btn--small" onClick={p.onUndo}>
          {p.undoLabel}
        </button>
      )}
      {p.resumeLabel !== null && (
        <button type="button" class="btn btn--small" onClick={p.onResume}>
          {p.resumeLabel}
        </button>
      )}
      <button type="button" class="icon-btn" aria-label={p.optionsLabel} title={p.optionsLabel} onClick={p.onOptions}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <circle cx="10" cy="10" r="2.6" />
          <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
        </svg>
      </button>
    </header>
  );
}
