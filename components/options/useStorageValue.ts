import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The raw value of one storage.local key (history, tracker), kept fresh as the
 * background worker rewrites it. `loaded` is false until the first read.
 */
export function useStorageValue(key: string): { raw: unknown; loaded: boolean } {
  const [state, setState] = useState<{ raw: unknown; loaded: boolean }>({ raw: undefined, loaded: false });
  useEffect(() => {
    let alive = true;
    browser.storage.local
      .get(key)
      .then((items) => alive && setState({ raw: items[key], loaded: true }))
      .catch(() => alive && setState({ raw: undefined, loaded: true }));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setState({ raw: changes[key]?.newValue, loaded: true });
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [key]);
  return state;
}
