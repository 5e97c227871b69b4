/**
 * Polls `fn` until `ok` holds, for up to `timeoutMs`; the error carries the last
 * value seen, so a failing e2e test says what the extension was doing instead.
 */
export const until = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number, everyMs = 100): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
