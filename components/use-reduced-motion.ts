import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the user asked for less motion; follows the setting if it changes while open. */
export function useReducedMotion(): boolean {
  const media = typeof matchMedia === 'function' ? matchMedia(QUERY) : null;
  const [reduce, setReduce] = useState(media?.matches ?? false);
  useEffect(() => {
    if (!media) return;
    const update = () => setReduce(media.matches);
    media.addEventListener?.('change', update);
    return () => media.removeEventListener?.('change', update);
  }, []);
  return reduce;
}
