import type { GuidedSessionView } from './GuidedSessionView';
import type { sessionFor } from './session-start';

export type SessionViewComponent = typeof GuidedSessionView;

let pending: Promise<typeof import('./session-chunk')> | undefined;
const chunk = () => (pending ??= import('./session-chunk'));

/**
 * The guided minute (ring, timeline, cues and their sounds) is its own chunk: most opens of
 * the popup only look, so it is fetched on Start, or before the first render
 * when a stored session is resuming.
 */
export function loadSessionView(): Promise<SessionViewComponent> {
  return chunk().then((m) => m.GuidedSessionView);
}

/** How to start a new minute (its timeline), from the same chunk. */
export function loadSessionStart(): Promise<typeof sessionFor> {
  return chunk().then((m) => m.sessionFor);
}
