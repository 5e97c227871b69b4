/**
 * How long one "minute" of settings lasts. The production build uses real
 * minutes; the e2e build (`wxt build --mode e2e`, output .output/*-e2e) makes a
 * settings minute last one second so real-browser tests of a 1-minute interval
 * take seconds. Only the background worker and popup timers read this; the pure
 * core takes durations in milliseconds.
 */
export const MINUTE_MS: number = import.meta.env.MODE === 'e2e' ? 1_000 : 60_000;
