/** The screen-time engine: pure rules, no browser, no clock. */
export * from './tracker-state';
export * from './config';
export * from './events';
export { step } from './step';
export { computeStatus, statusFromStored } from './status';
export { screenMsAt } from './bout';
export { isWorkTime } from './work-hours';
export { sameState } from './same-state';
export type { MediaSignals } from './presence';
export { toolbarLook, type ToolbarLook, type ToolbarIcon } from './toolbar-look';
export { PROMPT_PHRASINGS } from './prompt-rules';
