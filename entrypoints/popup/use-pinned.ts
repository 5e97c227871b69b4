import { useEffect, useState } from 'preact/hooks';
import { readPinned, watchPinned } from '../../utils/toolbar-pin';

/** Chrome: whether the toolbar icon is pinned, kept up to date; null until known, or where the browser cannot say. */
export function usePinned(): boolean | null {
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => {
    void readPinned().then(setPinned);
    return watchPinned(setPinned);
  }, []);
  return pinned;
}
