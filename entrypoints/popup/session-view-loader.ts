import type { GuidedSessionView } from './GuidedSessionView';

export type SessionViewComponent = typeof GuidedSessionView;

let pending: Promise<SessionViewComponent> | undefined;

/**
 * The guided minute (ring, timeline, cues and their sounds) is its own chunk: most opens of
 * the popup only look, so it is fetched on Start, or before the first render
 * when a stored session is resuming.
 */
export function loadSessionView(): Promise<SessionViewComponent> {
  return (pending ??= import('./GuidedSessionView').then((m) => m.GuidedSessionView));
}
