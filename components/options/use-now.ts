import { useEffect, useState } from 'preact/hooks';

/** Date.now(), refreshed every `everyMs` so countdowns and "today" stay current. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
