import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, re-read every `periodMs` (the countdown ring wants it
 * often, the status line once a second). `refresh` reads it at once.
 */
export function useTicker(periodMs: number): { now: number; refresh: () => void } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return { now, refresh: () => setNow(Date.now()) };
}
