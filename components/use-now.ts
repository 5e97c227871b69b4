import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, re-read every `periodMs` (the popup's countdown ring wants it
 * often, its status line once a second, the options page's "today" every 30 s).
 * `refresh` reads it at once, after an action that changes what is shown.
 */
export function useNow(periodMs: number): { now: number; refresh: () => void } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return { now, refresh: () => setNow(Date.now()) };
}
