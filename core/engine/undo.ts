import type { Effect } from './events';
import type { TrackerState, UndoSnapshot, UndoWindow } from './tracker-state';

/**
 * Undo for Skip and "I already moved": a misclick should not cost a logged break or a running bout.
 * The popup offers Undo for a few seconds; the worker accepts it a little longer (a slow reply).
 */
export const UNDO_WINDOW_MS = 10_000;

/** The part of the state a Skip or "I already moved" replaces, taken before the action. */
export function undoSnapshot(s: TrackerState): UndoSnapshot {
  return {
    bout: s.bout,
    prompt: s.prompt,
    readySince: s.readySince,
    session: s.session,
    exerciseId: s.exerciseId,
    recent: s.recent,
    seed: s.seed,
  };
}

/** Opens the undo window after `kind` changed `s`; `logged`: the effects the action pushed. */
export function openUndo(s: TrackerState, kind: UndoWindow['kind'], before: UndoSnapshot, now: number, logged: readonly Effect[]): void {
  const entry = logged.flatMap((e) => (e.type === 'appendHistory' ? [e.entry] : []))[0];
  s.undo = {
    kind,
    until: now + UNDO_WINDOW_MS,
    before,
    logged: entry ? { start: entry.start, end: entry.end, outcome: entry.outcome } : null,
  };
}

/** Puts back what the last Skip or "I already moved" replaced, while its window is open; else nothing. */
export function applyUndo(s: TrackerState, now: number, fx: Effect[]): void {
  const undo = s.undo;
  delete s.undo;
  if (!undo || now > undo.until) return;
  Object.assign(s, undo.before);
  if (undo.logged) fx.push({ type: 'removeHistory', entry: undo.logged });
}
