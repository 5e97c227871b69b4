import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChoiceMenu, type Choice } from '../../components/ChoiceMenu';
import { ExerciseCard } from '../../components/ExerciseCard';
import { IntervalPicker } from '../../components/IntervalPicker';
import { SafetyNote } from '../../components/SafetyNote';
import { todayAndStreak } from '../../core/history-stats';
import type { Reply, Request, UserAction } from '../../core/messages';
import { INTERVAL_MIN, INTERVAL_PRESETS, SNOOZE_CHOICES, type Settings } from '../../core/settings';
import type { Exercise } from '../../content/exercise';
import { illustrationUrl } from '../../content/illustrations';
import { DISCLAIMER, RED_FLAGS } from '../../content/safety';
import { t, tPlural } from '../../utils/i18n';
import { updateSettings } from '../../utils/settings-store';
import { MINUTE_MS } from '../../utils/time-scale';
import { currentStatus } from './current-status';
import { pauseSession, resumeSession, saveSession, startSession, type GuidedSession } from './guided-session';
import { loadHistory, watchPopupData, type PopupData } from './popup-data';
import { loadSessionView, type SessionViewComponent } from './session-view-loader';
import type { ExerciseSource } from './exercise-source';
import { statusText } from './status-text';


export interface AppProps {
  initial: PopupData;
  /** Gives the exercise to show; main.tsx has loaded the first one before rendering. */
  exercises: ExerciseSource;
  /** Opened as the break window (popup.html?window=break) rather than the toolbar popup. */
  breakWindow: boolean;
  locale: string;
  /** Already loaded when the popup opens on a running session (no placeholder flash). */
  sessionView?: SessionViewComponent;
}

type PauseUntil = Extract<UserAction, { kind: 'pause' }>['until'];
type PauseChoice = number | 'tomorrow' | 'indefinitely';

// Built on use, not at import: text comes from i18n, which is set up by then.
const pauseChoices = (): Choice<PauseChoice>[] => [
  { value: 30, label: t('popup_pause_30m') },
  { value: 60, label: t('popup_pause_1h') },
  { value: 120, label: t('popup_pause_2h') },
  { value: 240, label: t('popup_pause_4h') },
  { value: 'tomorrow', label: t('popup_pause_tomorrow') },
  { value: 'indefinitely', label: t('popup_pause_indefinitely') },
];
const snoozeChoices = (): Choice<number>[] => SNOOZE_CHOICES.map((m) => ({ value: m, label: t('popup_snooze_for', m) }));

/** Actions that settle the break: the break window has done its job after them. */
const SETTLES: ReadonlySet<UserAction['kind']> = new Set(['done', 'snooze', 'skip', 'moved', 'pause']);

/**
 * The exercise to show for the current pick. A pick not loaded yet (another
 * exercise chosen while open) keeps the previous card until its chunk arrives.
 */
function useExercise(exercises: ExerciseSource, id: string | null, settings: Settings): Exercise {
  const [, setLoaded] = useState(0);
  const shown = useRef<Exercise>();
  const ready = exercises.get(id, settings.exercises);
  useEffect(() => {
    if (!ready) void exercises.load(id, settings.exercises).then(() => setLoaded((n) => n + 1));
  }, [id, ready]);
  if (ready) shown.current = ready;
  return shown.current!;
}

export function App({ initial, exercises, breakWindow, locale, sessionView }: AppProps) {
  const [data, setData] = useState(initial);
  const [now, setNow] = useState(() => Date.now());
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const { settings, session } = data;

  useEffect(
    () =>
      watchPopupData((patch) => {
        setData((d) => ({ ...d, ...patch }));
        // A fresh `now`: the tick's may be up to a second older than the worker's
        // write, and the engine reads "now before the last event" as a clock set back.
        setNow(Date.now());
      }),
    [],
  );
  // After the first paint; a history the worker wrote meanwhile is newer, so it wins.
  useEffect(() => {
    void loadHistory().then((history) => setData((d) => ({ ...d, history: d.history ?? history })));
  }, []);

  const [SessionView, setSessionView] = useState<SessionViewComponent | undefined>(() => sessionView);
  useEffect(() => {
    if (session && !SessionView) void loadSessionView().then((view) => setSessionView(() => view));
  }, [session !== null]);

  // Tick fast while a session runs (smooth ring), once a second otherwise (status line).
  const running = session !== null && session.pausedAt === null;
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), running ? 250 : 1000);
    return () => clearInterval(id);
  }, [running]);

  useEffect(() => {
    if (!breakWindow) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [breakWindow]);

  const status = currentStatus(data.tracker, settings, now);
  const exercise = useExercise(exercises, session?.exerciseId ?? status.exerciseId ?? null, settings);
  // The history can hold 90 days; recount only when it changes or the day turns, not every tick.
  const day = new Date(now).toDateString();
  const today = useMemo(() => data.history && todayAndStreak(data.history, now), [data.history, day]);

  const noticeTimer = useRef<ReturnType<typeof setTimeout>>();
  const flash = (text: string) => {
    setNotice(text);
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(''), 5_000);
  };

  const send = async (action: UserAction): Promise<boolean> => {
    try {
      const request: Request = { type: 'action', action };
      const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
      if (reply && !reply.ok) throw new Error(reply.error);
      setError('');
      return true;
    } catch {
      setError(t('popup_action_failed'));
      return false;
    }
  };
  /** Sends an action; the break window has done its job once the break is settled. */
  const perform = async (action: UserAction) => {
    if ((await send(action)) && breakWindow && SETTLES.has(action.kind)) window.close();
  };

  const setSession = (next: GuidedSession | null) => {
    setData((d) => ({ ...d, session: next }));
    void saveSession(next);
  };

  const startRef = useRef<HTMLButtonElement>(null);
  // The break window opens on the exercise, ready to go: Enter or Space starts.
  useEffect(() => {
    if (breakWindow) startRef.current?.focus();
  }, []);
  const stop = () => {
    setSession(null);
    // The Start button comes back; give it the focus the Stop button had.
    setTimeout(() => startRef.current?.focus());
  };
  // One Done per session, however often it is pressed: each would log a break.
  const finishing = useRef(false);
  const done = async () => {
    if (!session || finishing.current) return;
    finishing.current = true;
    try {
      if (!(await send({ kind: 'done', exerciseId: session.exerciseId }))) return;
      // Forget the session before the break window closes, or it would offer Done again.
      setData((d) => ({ ...d, session: null }));
      await saveSession(null);
      if (breakWindow) return window.close();
      flash(t('popup_logged'));
      setTimeout(() => startRef.current?.focus());
    } finally {
      finishing.current = false;
    }
  };
  const pauseReminders = (choice: PauseChoice) => {
    const until: PauseUntil = typeof choice === 'number' ? Date.now() + choice * MINUTE_MS : choice;
    void perform({ kind: 'pause', until });
  };
  const saveInterval = async (minutes: number) => {
    const result = await updateSettings((s) => ({ ...s, intervalMin: minutes }));
    if (result.ok) {
      // Show it at once; storage.onChanged confirms it a moment later.
      setData((d) => ({ ...d, settings: { ...d.settings, intervalMin: minutes } }));
      flash(t('popup_interval_saved', minutes));
    }
    return result.ok;
  };

  const paused = status.phase === 'paused';
  const illustration = illustrationUrl(exercise.id);

  return (
    <div class={breakWindow ? 'app app--window' : 'app'}>
      <h1 class="sr-only">{t('extName')}</h1>
      <header class="status">
        {/* Not a live region: it changes every minute. Notices are announced below. */}
        <p class={`status__text status__text--${notice ? 'notice' : status.phase}`} data-testid="status">
          {notice || statusText(status, now, locale)}
        </p>
        <p class="sr-only" role="status">
          {notice}
        </p>
        {paused && (
          <button type="button" class="btn btn--small" onClick={() => void perform({ kind: 'resume' })}>
            {t('popup_resume')}
          </button>
        )}
        <button
          type="button"
          class="icon-btn"
          aria-label={t('popup_options')}
          title={t('popup_options')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <circle cx="10" cy="10" r="2.6" />
            <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
          </svg>
        </button>
      </header>

      <main>
        {session && !SessionView ? (
          // A few milliseconds while the session chunk loads; same height, so nothing jumps.
          <div class="session session--loading" />
        ) : session && SessionView ? (
          <SessionView
            exercise={exercise}
            illustration={illustration}
            session={session}
            now={now}
            onPause={() => setSession(pauseSession(session, Date.now()))}
            onResume={() => setSession(resumeSession(session, Date.now()))}
            onStop={stop}
            onDone={() => void done()}
            sound={settings.sound}
          />
        ) : (
          <>
            <ExerciseCard exercise={exercise} illustration={illustration}>
              <SafetyNote disclaimer={DISCLAIMER} redFlags={RED_FLAGS} />
            </ExerciseCard>
            <div class="actions">
              <button
                ref={startRef}
                type="button"
                class="btn btn--primary btn--wide"
                onClick={() => setSession(startSession(exercise.id, Date.now()))}
              >
                {t('popup_start')}
              </button>
              <div class="actions__more">
                <button type="button" class="btn btn--quiet" onClick={() => void perform({ kind: 'anotherExercise' })}>
                  {t('popup_another')}
                </button>
                <button type="button" class="btn btn--quiet" onClick={() => void perform({ kind: 'moved' })}>
                  {t('popup_moved')}
                </button>
                <button type="button" class="btn btn--quiet" onClick={() => void perform({ kind: 'skip' })}>
                  {t('popup_skip')}
                </button>
                <ChoiceMenu label={t('popup_snooze')} choices={snoozeChoices()} onChoose={(minutes) => void perform({ kind: 'snooze', minutes })} />
                {/* While paused, Resume sits next to the status line instead. */}
                {!paused && <ChoiceMenu label={t('popup_pause')} choices={pauseChoices()} onChoose={pauseReminders} />}
              </div>
            </div>
          </>
        )}
        <p class="error" role="alert">
          {error}
        </p>
      </main>

      {/* During the minute the footer would only distract; it returns with Done or Stop. */}
      <footer class="foot" hidden={session !== null}>
        {/* One line, reserved: the counts fill it a moment after the first paint. */}
        <p class="today" data-testid="today">
          <strong>{t('popup_today')}</strong>{' '}
          {today &&
            t(
              'popup_today_line',
              tPlural('popup_today_breaks', today.doneToday, locale),
              today.currentStreak > 0 ? tPlural('popup_streak', today.currentStreak, locale) : t('popup_streak_none'),
            )}
        </p>
        <IntervalPicker
          value={settings.intervalMin}
          presets={INTERVAL_PRESETS}
          min={INTERVAL_MIN.min}
          max={INTERVAL_MIN.max}
          onSave={saveInterval}
        />
      </footer>
    </div>
  );
}
