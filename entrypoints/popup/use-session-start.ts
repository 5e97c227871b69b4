import { useEffect, useRef, useState } from 'preact/hooks';
import type { SafetyNoteProps } from '../../components/SafetyNote';
import type { Exercise } from '../../core/exercise';
import type { GuidedSession } from '../../core/session/guided-session';
import type { UserAction } from '../../core/messages';
import { updateSettings } from '../../utils/storage/settings-store';
import { loadSessionStart } from './session-view-loader';

export interface SessionStartDeps {
  exercise: Exercise;
  safetyAcknowledged: boolean;
  /** Opened to try one minute (the welcome's popup.html?window=break&start=1). */
  startNow: boolean;
  sessionRunning: boolean;
  /** The safety text in the UI language, loaded when first wanted (not for the first paint). */
  loadSafety: () => Promise<SafetyNoteProps>;
  setSession: (next: GuidedSession | null, request: UserAction) => void;
}

/**
 * What Start does: the first time, the safety text in full (acknowledged once), then the
 * minute, whose timeline code is its own chunk fetched on Start. Also the safety text for the
 * card's disclosure, loaded when the user reaches for it.
 */
export function useSessionStart(d: SessionStartDeps) {
  const [safety, setSafety] = useState<SafetyNoteProps>();
  const wantSafety = () => d.loadSafety().then((text) => (setSafety(text), text));
  const [safetyIntro, setSafetyIntro] = useState(false);
  // One start per press, however often Start is pressed while its chunk arrives.
  const beginning = useRef(false);
  const begin = async () => {
    if (beginning.current) return;
    beginning.current = true;
    try {
      const sessionFor = await loadSessionStart();
      const { session: next, plannedMs } = sessionFor(d.exercise, Date.now());
      d.setSession(next, { kind: 'sessionStart', exerciseId: d.exercise.id, plannedMs });
    } finally {
      beginning.current = false;
    }
  };
  const acknowledgeSafety = async () => {
    // The session chunk loads while the setting is saved; the intro stays until the minute shows.
    await Promise.all([updateSettings((s) => ({ ...s, safetyAcknowledged: true })), loadSessionStart()]);
    await begin();
    setSafetyIntro(false);
    // The intro was read down to its button: the minute starts at the top of the page.
    setTimeout(() => window.scrollTo?.({ top: 0 }));
  };
  const onStart = () => void (d.safetyAcknowledged ? begin() : wantSafety().then(() => setSafetyIntro(true)));
  // Opened to try one minute: what Start does, once, unless a minute already runs.
  useEffect(() => {
    if (d.startNow && !d.sessionRunning) onStart();
  }, []);
  return { safety, wantSafety, showIntro: safetyIntro && safety !== undefined, acknowledgeSafety, onStart };
}
