/**
 * The running one-minute session as the popup sees it. The worker is its only
 * writer (the popup sends requests: core/messages.ts), so it can hold prompts
 * while it runs and log it even when the popup was closed; the pure functions
 * live in core/session.ts and are re-exported here for the popup's views.
 */
export {
  SESSION_STALE_MS,
  elapsedMs,
  parseSession,
  pauseSession,
  resumeSession,
  startSession,
  type GuidedSession,
} from '../../core/session';
