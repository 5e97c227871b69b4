import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '../../utils/storage/define-stored-item';

/**
 * The raw value of one stored item (history, tracker), kept fresh as the
 * background worker rewrites it. `loaded` is false until the first read.
 */
export function useStoredItem<T>(item: StoredItem<T>): { raw: T | null; loaded: boolean } {
  const [state, setState] = useState<{ raw: T | null; loaded: boolean }>({ raw: null, loaded: false });
  useEffect(() => {
    let alive = true;
    item
      .get()
      .then((raw) => alive && setState({ raw, loaded: true }))
      .catch(() => alive && setState({ raw: null, loaded: true }));
    const stop = item.watch((raw) => setState({ raw, loaded: true }));
    return () => {
      alive = false;
      stop();
    };
  }, [item]);
  return state;
}
