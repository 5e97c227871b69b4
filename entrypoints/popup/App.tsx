import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActionBar } from '../../components/ActionBar';
import type { Choice } from '../../components/ChoiceMenu';
import { ExerciseCard } from '../../components/ExerciseCard';
import { pauseChoices, pauseUntil, type PauseChoice } from '../../components/pause-choices';
import { PopupFooter } from '../../components/PopupFooter';
import { SafetyIntro } from '../../components/SafetyIntro';
import { SafetyNote, type SafetyNoteProps } from '../../components/SafetyNote';
import { StatusHeader } from '../../components/StatusHeader';
import { statusFromStored } from '../../core/engine/status';
import { firstWorkInstant } from '../../core/engine/work-hours';
import { standsUpFirst } from '../../core/session/stand-up-first';
// In the first chunk: as its own chunk (after the first paint) it cost more bytes at open than it saved.
import { todayAndStreak } from '../../core/history/history-stats';
import type { UserAction } from '../../core/messages';
import { sendAction } from '../../utils/messaging/send-request';
import { SNOOZE_CHOICES } from '../../core/settings/settings';
import { illustrationFrames } from '../../content/illustrations';
import { t, tCount } from '../../utils/i18n';
import { updateSettings } from '../../utils/storage/settings-store';
import { swappedFor } from '../../content/chair-swaps';
import { exerciseName } from '../../utils/exercise-name';
import { MINUTE_MS } from '../../utils/time-scale';
import { pauseSession, resumeSession, skipAhead, type GuidedSession } from '../../core/session/guided-session';
import type { PopupData } from './popup-data';
import { loadSessionView, type SessionViewComponent } from './session-view-loader';
import type { ExerciseSource } from './exercise-source';
import { formatClock } from '../../utils/format-time';
import { statusText } from './status-text';
import { useEscapeCloses } from './use-escape-closes';
import { useExercise } from './use-exercise';
import { usePopupData } from './use-popup-data';
import { useNow } from '../../components/use-now';
import { useSessionStart } from './use-session-start';
import { useNotice } from './use-notice';
import { usePinned } from './use-pinned';

export interface AppProps {
  initial: PopupData;
  /** Gives the exercise to show; main.tsx has loaded the first one before rendering. */
  exercises: ExerciseSource;
  /** Opened as the break window (popup.html?window=break) rather than the toolbar popup. */
  breakWindow: boolean;
  locale: string;
  /** Start the guided minute at once (the welcome's "try one minute": popup.html?window=break&start=1). */
  startNow?: boolean;
  /** Already loaded when the popup opens on a running session (no placeholder flash). */
  sessionView?: SessionViewComponent;
  /** The safety text in the UI language, loaded when first wanted (not for the first paint). */
  loadSafety: () => Promise<SafetyNoteProps>;
}

// Built on use, not at import: text comes from i18n, which is set up by then.
const snoozeChoices = (): Choice<number>[] => SNOOZE_CHOICES.map((m) => ({ value: m, label: tCount('common_minutes', m) }));

/** Actions that settle the break: the break window has done its job after them. */
const SETTLES: ReadonlySet<UserAction['kind']> = new Set(['snooze', 'skip', 'moved', 'pause']);

/** The name of the seated exercise this card stands in for on a chair with wheels, if it does. */
const swappedNameOf = (id: string, precautions: readonly string[]): string | undefined => {
  const from = swappedFor(id, precautions);
  return from === undefined ? undefined : exerciseName(from);
};

export function App({ initial, exercises, breakWindow, locale, sessionView, loadSafety, startNow = false }: AppProps) {
  // A fresh `now` after each stored change: the tick's may be up to a second older than the
  // worker's write, and the engine reads "now before the last event" as a clock set back.
  const [data, setData] = usePopupData(initial, () => refresh());
  const [error, setError] = useState('');
  const { settings, session } = data;

  const [SessionView, setSessionView] = useState<SessionViewComponent | undefined>(() => sessionView);
  useEffect(() => {
    if (session && !SessionView) void loadSessionView().then((view) => setSessionView(() => view));
  }, [session !== null]);

  // Tick fast while a session runs (smooth ring), once a second otherwise (status line).
  const running = session !== null && session.pausedAt === null;
  const { now, refresh } = useNow(running ? 250 : 1000);
  useEscapeCloses(breakWindow);

  const stored = statusFromStored(data.tracker, settings, now, MINUTE_MS);
  // A minute shown here is a break in progress, also in the moment before the worker has stored it.
  const status = session && stored.phase !== 'break' ? { ...stored, phase: 'break' as const, nextPromptAt: null } : stored;
  const exercise = useExercise(exercises, session?.exerciseId ?? status.exerciseId ?? null, settings);
  // The history can hold 90 days; recount only when it changes or the day turns, not every tick.
  const day = new Date(now).toDateString();
  const today = useMemo(() => data.history && todayAndStreak(data.history, now), [data.history, day]);

  const { notice, undoable, flash } = useNotice();
  const pinned = usePinned();

  const send = async (action: UserAction): Promise<boolean> => {
    try {
      const reply = await sendAction(action);
      if (reply && !reply.ok) throw new Error(reply.error);
      setError('');
      return true;
    } catch {
      setError(t('popup_action_failed'));
      return false;
    }
  };
  /** Sends an action; the break window has done its job once the break is settled. */
  const perform = async (action: UserAction): Promise<boolean> => {
    const ok = await send(action);
    if (ok && breakWindow && SETTLES.has(action.kind)) window.close();
    return ok;
  };
  /** Skip and "I already moved" say what they logged, with Undo for a few seconds. */
  const logAndOfferUndo = async (kind: 'skip' | 'moved') => {
    if (await perform({ kind })) flash(t(kind === 'skip' ? 'popup_skipped_logged' : 'popup_moved_logged'), true);
  };
  const undo = async () => {
    if (await send({ kind: 'undo' })) flash(t('popup_undone'));
  };
  /** Snooze when something is due; with nothing due the next break moves later, and the notice says to when. */
  const snooze = async (minutes: number) => {
    const nextAt = postpones && status.nextPromptAt !== null ? status.nextPromptAt + minutes * MINUTE_MS : null;
    if ((await perform({ kind: 'snooze', minutes })) && nextAt !== null) flash(t('popup_postponed_to', formatClock(nextAt, locale)));
  };

  /** Shows the change at once; the worker (the session's only writer) stores it and answers with the stored one. */
  const setSession = (next: GuidedSession | null, request: UserAction) => {
    setData((d) => ({ ...d, session: next }));
    void send(request);
  };

  const startRef = useRef<HTMLButtonElement>(null);
  // The break window opens on the exercise, ready to go: Enter or Space starts.
  useEffect(() => {
    if (breakWindow) startRef.current?.focus();
  }, []);
  const stop = () => {
    setSession(null, { kind: 'sessionCancel' });
    // The Start button comes back; give it the focus the Stop button had.
    setTimeout(() => startRef.current?.focus());
  };
  // One Done per session, however often it is pressed: each would log a break.
  const finishing = useRef(false);
  const done = async () => {
    if (!session || finishing.current) return;
    finishing.current = true;
    try {
      // Logged once: if the worker already finished it at its planned end, this changes nothing.
      if (!(await send({ kind: 'sessionFinish' }))) return;
      // Forget the session before the break window closes, or it would offer Done again.
      setData((d) => ({ ...d, session: null }));
      if (breakWindow) return window.close();
      flash(t('popup_logged'));
      setTimeout(() => startRef.current?.focus());
    } finally {
      finishing.current = false;
    }
  };
  const pauseReminders = (choice: PauseChoice) => {
    void perform({ kind: 'pause', until: pauseUntil(choice, Date.now(), MINUTE_MS) });
  };
  const saveInterval = async (minutes: number) => {
    const result = await updateSettings((s) => ({ ...s, intervalMin: minutes }));
    if (result.ok) {
      // Show it at once; storage.onChanged confirms it a moment later.
      setData((d) => ({ ...d, settings: { ...d.settings, intervalMin: minutes } }));
      flash(tCount('popup_interval_saved', minutes));
    }
    return result.ok;
  };

  const paused = status.phase === 'paused';
  // Nothing due yet: "Snooze" would be a puzzle; it moves the next break later.
  const postpones = !['due', 'snoozed', 'deferred'].includes(status.phase);
  const { safety, wantSafety, showIntro, acknowledgeSafety, onStart } = useSessionStart({
    exercise,
    safetyAcknowledged: settings.safetyAcknowledged,
    startNow,
    sessionRunning: session !== null,
    loadSafety,
    setSession,
  });
  // A new card is read from its top, not from where the last one was scrolled to.
  const cardArea = useRef<HTMLDivElement>(null);
  useEffect(() => cardArea.current?.scrollTo?.({ top: 0 }), [exercise.id]);

  return (
    <div class={`app${breakWindow ? ' app--window' : ''}${pinned === false ? ' app--pin' : ''}`}>
      <h1 class="sr-only">{t('extName')}</h1>
      <StatusHeader
        text={statusText(status, now, locale, status.phase === 'outside' ? firstWorkInstant(now, settings.workHours) : null)}
        phase={status.phase}
        notice={notice}
        resumeLabel={paused ? t('popup_resume') : null}
        onResume={() => void perform({ kind: 'resume' })}
        undoLabel={undoable ? t('popup_undo') : null}
        onUndo={() => void undo()}
        optionsLabel={t('popup_options')}
        onOptions={() => void browser.runtime.openOptionsPage()}
      />

      <main>
        {session && !SessionView ? (
          // A few milliseconds while the session chunk loads; same height, so nothing jumps.
          <div class="session session--loading" />
        ) : session && SessionView ? (
          <SessionView
            exercise={exercise}
            frames={illustrationFrames(exercise.id)}
            session={session}
            now={now}
            onPause={() => setSession(pauseSession(session, Date.now()), { kind: 'sessionPause' })}
            onResume={() => setSession(resumeSession(session, Date.now()), { kind: 'sessionResume' })}
            onSkipGetReady={(leftMs) => setSession(skipAhead(session, leftMs, Date.now()), { kind: 'sessionSkip', byMs: leftMs })}
            onStop={stop}
            onDone={() => void done()}
            sound={settings.sound}
          />
        ) : showIntro && safety ? (
          <SafetyIntro {...safety} onAcknowledge={() => void acknowledgeSafety()} />
        ) : (
          <>
            <div class="card-area" ref={cardArea} data-testid="card-area">
              <ExerciseCard
                exercise={exercise}
                illustration={illustrationFrames(exercise.id)}
                standUpFirst={standsUpFirst(exercise.position, status.phase)}
                swappedFrom={swappedNameOf(exercise.id, settings.exercises.precautions)}
              >
                <SafetyNote text={safety} onWanted={() => void wantSafety()} />
              </ExerciseCard>
            </div>
            <ActionBar
              startRef={startRef}
              labels={{
                start: t('popup_start'),
                another: t('popup_another'),
                moved: t('popup_moved'),
                skip: t('popup_skip'),
                // What is left of this break's snoozes is on the button: a snooze that can't be pressed forever.
                snooze: tCount(postpones ? 'popup_postpone_left' : 'popup_snooze_left', status.snoozesLeft),
                pause: t('popup_pause'),
              }}
              snoozeChoices={snoozeChoices()}
              pauseChoices={pauseChoices()}
              paused={paused}
              {...(status.snoozesLeft === 0 ? { noSnoozeLeft: t('popup_no_snooze_left') } : {})}
              onStart={onStart}
              onAnother={() => void perform({ kind: 'anotherExercise' })}
              onMoved={() => void logAndOfferUndo('moved')}
              onSkip={() => void logAndOfferUndo('skip')}
              onSnooze={(minutes) => void snooze(minutes)}
              onPause={pauseReminders}
            />
          </>
        )}
        {/* Unpinned, the icon and its "!" are hidden in the Extensions menu: say so while that lasts. */}
        {pinned === false && !session && (
          <p class="pin-line" data-testid="pin-line">
            {t('popup_pin_hint')}
          </p>
        )}
        <p class="error" role="alert">
          {error}
        </p>
      </main>

      {/* During the minute the footer would only distract; it returns with Done or Stop. */}
      <PopupFooter
        today={today || undefined}
        intervalMin={settings.intervalMin}
        locale={locale}
        hidden={session !== null}
        onSaveInterval={saveInterval}
      />
    </div>
  );
}
