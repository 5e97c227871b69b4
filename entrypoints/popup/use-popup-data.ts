import { useEffect, useState, type StateUpdater, type Dispatch } from 'preact/hooks';
import { loadHistory, watchPopupData, type PopupData } from './popup-data';

/**
 * The popup's stored data, kept fresh: every change another context writes
 * (the worker's tracker and history, settings, the session) is patched in,
 * and `onChange` runs after each (the popup takes a fresh `now` then). The
 * history is read after the first paint.
 */
export function usePopupData(initial: PopupData, onChange: () => void): [PopupData, Dispatch<StateUpdater<PopupData>>] {
  const [data, setData] = useState(initial);
  useEffect(
    () =>
      watchPopupData((patch) => {
        setData((d) => ({ ...d, ...patch }));
        onChange();
      }),
    [],
  );
  // After the first paint; a history the worker wrote meanwhile is newer, so it wins.
  useEffect(() => {
    void loadHistory().then((history) => setData((d) => ({ ...d, history: d.history ?? history })));
  }, []);
  return [data, setData];
}
