/** The screen-time engine: pure rules, no browser, no clock. */
export * from './tracker-state';
export { computeStatus } from './status';
