import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Exercise } from '../../core/exercise';
import { freshTracker, type TrackerState } from '../../core/engine';
import type { HistoryEntry } from '../../core/history/history-entry';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { App } from '../../entrypoints/popup/App';
import { ENGLISH_TEXT, type LocaleText } from '../../content/locale-text';
import { safetyNoteText } from '../../entrypoints/popup/safety-chunk';
import { staticExerciseSource } from '../../entrypoints/popup/exercise-source';
import type { GuidedSession } from '../../core/session/guided-session';
import { loadPopupData } from '../../entrypoints/popup/popup-data';
import { loadSessionView } from '../../entrypoints/popup/session-view-loader';

/** Shared set-up for the popup component tests: a small catalogue and stored state. */
const base: Omit<Exercise, 'id' | 'name' | 'dose'> = {
  support: 'none',
  getReadySeconds: 5,
  switchSeconds: 5,
  setupSteps: 2,
  precautions: [],
  mistakes: ['Rounding the back.'],
  easier: 'Lean less.',
  harder: 'Lean further.',
  breathing: 'Breathe slowly.',
  intensity: 'A gentle pull, never pain.',
  provenance: 'From: a test article',
  kind: 'stretch',
  targets: ['piriformis'],
  position: 'seated',
  equipment: 'chair',
  officeDiscreet: true,
  steps: [
    'Sit tall near the front of the chair.',
    'Rest one ankle on the other knee.',
    'Lean forward from the hips.',
    'Hold and breathe slowly.',
  ],
  feel: 'Deep in the buttock of the crossed leg.',
  caution: 'Ease off if the knee complains.',
  why: 'Test fixture.',
  sources: ['000'],
  alt: 'A person sitting with one ankle crossed over the other knee.',
};

export const SIDE_HOLD: Exercise = {
  ...base,
  id: 'side-hold',
  name: 'Seated figure four',
  dose: { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
};
export const REPS: Exercise = {
  ...base,
  id: 'reps',
  name: 'Glute squeezes',
  kind: 'activation',
  dose: { type: 'reps', reps: 10, secondsPerRep: 5, perSide: false },
};
export const CATALOGUE = staticExerciseSource([SIDE_HOLD, REPS]);

/** Thursday 20 Nov 2026, 10:00 local time. */
export const T0 = new Date(2026, 10, 20, 10, 0).getTime();
export const MIN = 60_000;

/** A tracker with a bout that started `screenMin` minutes ago. */
export function trackerAt(now: number, patch: Partial<TrackerState> = {}, screenMin = 38): TrackerState {
  const start = now - screenMin * MIN;
  return {
    ...freshTracker(start),
    readySince: null,
    bout: { start, creditedMs: 0, snoozes: 0, postponedMs: 0 },
    exerciseId: SIDE_HOLD.id,
    lastEventAt: start,
    ...patch,
  };
}

export interface Stored {
  tracker?: TrackerState;
  history?: HistoryEntry[];
  session?: Omit<GuidedSession, 'plannedMs'> & { plannedMs?: number };
  settings?: Partial<Settings>;
}

export async function store(s: Stored): Promise<void> {
  if (s.settings) await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ...s.settings } });
  await fakeBrowser.storage.local.set({
    ...(s.tracker && { tracker: s.tracker }),
    ...(s.history && { history: { version: 1, entries: s.history } }),
    ...(s.session && { session: s.session }),
  });
}

/** Renders the popup as main.tsx does: after one round of storage reads. */
export async function mountPopup(
  s: Stored = {},
  breakWindow = false,
  locale = 'en-US',
  text: LocaleText = ENGLISH_TEXT,
  exercises = CATALOGUE,
) {
  // A user past their first break has acknowledged the safety text (popup-safety.test.tsx covers the first time).
  await store({ tracker: trackerAt(Date.now()), ...s, settings: { safetyAcknowledged: true, ...s.settings } });
  const initial = await loadPopupData(Date.now());
  const sessionView = initial.session ? await loadSessionView() : undefined;
  // The safety text in `text`'s language, handed over when the popup asks for it (as main.tsx does).
  const loadSafety = async () => safetyNoteText(text.safety);
  return render(
    <App
      initial={initial}
      exercises={exercises}
      breakWindow={breakWindow}
      locale={locale}
      sessionView={sessionView}
      loadSafety={loadSafety}
    />,
  );
}
