// What the popup loads on Start (or to resume a stored session): one chunk, one request.
export { GuidedSessionView } from './GuidedSessionView';
export { sessionFor } from './session-start';
