/** The screen-time engine: pure rules, no browser, no clock. */
export * from './tracker-state';
export * from './config';
export * from './events';
export { step, nextWake, type StepContext, type StepResult } from './step';
export { computeStatus, statusFromStored } from './status';
export { screenMsAt } from './advance';
export { isWorkTime, firstWorkInstant, tomorrowStart } from './work-hours';
export { sameState } from './same-state';
export type { MediaSignals } from './presence';
export { toolbarLook, sameLook, type ToolbarLook, type ToolbarIcon } from './toolbar-look';
