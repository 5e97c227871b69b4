import { useRef, useState } from 'preact/hooks';

/** How long the popup offers Undo (the worker accepts it for UNDO_WINDOW_MS, a little longer). */
export const UNDO_OFFER_MS = 8_000;
const NOTICE_MS = 5_000;

/** The status line's short notice ("Logged …"), with Undo offered for a few seconds after Skip or "I already moved". */
export function useNotice() {
  const [notice, setNotice] = useState('');
  const [undoable, setUndoable] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const flash = (text: string, undo = false) => {
    setNotice(text);
    setUndoable(undo);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => {
        setNotice('');
        setUndoable(false);
      },
      undo ? UNDO_OFFER_MS : NOTICE_MS,
    );
  };
  return { notice, undoable, flash };
}
