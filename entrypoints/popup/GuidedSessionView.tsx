import { otherSideSteps } from '../../core/session/other-side';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Exercise } from '../../core/exercise';
import { CountdownRing } from '../../components/CountdownRing';
import { ExerciseCard } from '../../components/ExerciseCard';
import { SessionFrame } from '../../components/SessionFrame';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { IllustrationFrames } from '../../content/illustrations';
import { frameAt } from '../../core/session/session-frame';
import { cueSchedule, dueCue } from '../../core/session/cue-schedule';
import { planDurationMs, readyLeftMs, readyMs, sessionAt, sessionPlan, stepIndexAt } from '../../core/session/session-plan';
import { sessionSpec } from '../../core/session/session-spec';
import type { SoundMode } from '../../core/settings/settings';
import { t, tCount } from '../../utils/i18n';
import { elapsedMs, type GuidedSession } from '../../core/session/guided-session';
import { cueLine } from './cue-line';
import { announcement, sessionFace } from './session-text';
import { browserSoundEnv, createSoundPlayer, type SoundEnv } from './sound-player';
import './session.css';

/** The session's controls, as callbacks: the popup decides whether they write
 *  storage or ask the worker, in one place. */
export interface SessionControls {
  onPause: () => void;
  onResume: () => void;
  /** Start the dose now: move the start back by `leftMs`, what is left of the get-ready
   *  (absent: no skip button). */
  onSkipGetReady?: (leftMs: number) => void;
  onStop: () => void;
  onDone: () => void;
}

export interface GuidedSessionViewProps extends SessionControls {
  exercise: Exercise;
  /** Start and end frames from the catalogue (`illustrationFrames`), when it has them. */
  frames?: IllustrationFrames;
  session: GuidedSession;
  now: number;
  /** Cues while the minute runs: none, tones, or a local voice (tones when none). */
  sound: SoundMode;
  /** For tests: where the tones and voices come from. */
  soundEnv?: SoundEnv;
}

/** The guided minute: get-ready, the leg and rep as the big figure, the step lit, sound cues, the caution throughout. */
export function GuidedSessionView(props: GuidedSessionViewProps) {
  const { exercise, session, now, onSkipGetReady } = props;
  const spec = useMemo(() => sessionSpec(exercise), [exercise]);
  const plan = useMemo(() => sessionPlan(spec), [spec]);
  const schedule = useMemo(() => cueSchedule(plan), [plan]);
  // The second side's steps name that side; worked out once, not at every 250-ms tick.
  const secondSide = useMemo(() => ({ ...exercise, steps: otherSideSteps(exercise.steps, t('text_language')) }), [exercise]);
  const elapsed = elapsedMs(session, now);
  const point = sessionAt(plan, elapsed);
  const paused = session.pausedAt !== null;
  const ready = point.segment.kind === 'ready' && !point.done;
  const doseMs = planDurationMs(plan) - readyMs(plan);
  const still = useReducedMotion();
  const frame = frameAt(point);
  const picture = (
    <SessionFrame
      frames={props.frames ?? {}}
      which={frame.which}
      mirrored={frame.mirrored}
      still={still}
      label={exercise.alt}
      labels={{ start: t('popup_frame_start'), end: t('popup_frame_end') }}
    />
  );

  const player = useMemo(() => createSoundPlayer(props.sound, props.soundEnv ?? browserSoundEnv(navigator.language)), [props.sound]);
  useEffect(() => () => player.close(), [player]);
  // Play the cue this tick crossed, as the tick renders (not after a paint,
  // which a busy popup may delay); a popup reopened mid-session starts quiet
  // rather than replaying what it missed.
  const lastElapsed = useRef<number | null>(null);
  useLayoutEffect(() => {
    const prev = lastElapsed.current;
    lastElapsed.current = elapsed;
    if (prev === null || paused || elapsed <= prev) return;
    const cue = dueCue(schedule, prev, elapsed);
    if (cue) player.play(cue, cueLine(cue, spec.firstSide));
  }, [elapsed, paused, schedule, player]);

  const controlRef = useRef<HTMLButtonElement>(null);
  // Keep focus on the main control as it changes (Pause → Done).
  useEffect(() => controlRef.current?.focus(), [point.done]);
  const click = (action: () => void) => () => {
    player.unlock();
    action();
  };

  const face = sessionFace(point, spec, paused);
  const secsLeft = Math.ceil(Math.min(point.remainingMs, doseMs) / 1000);
  const tone = point.done ? 'normal' : paused ? 'paused' : point.segment.kind === 'switch' ? 'alert' : 'normal';
  const ringLeft = ready ? point.segmentRemainingMs / Math.max(1, readyMs(plan)) : Math.min(point.remainingMs, doseMs) / doseMs;
  return (
    <section class={`session session--${point.done ? 'done' : point.segment.kind}`} aria-label={t('popup_session_label')}>
      <div class="session__timer">
        <p class="session__title" data-testid="session-title">
          {face.title}
        </p>
        <div class="session__stage">
          <CountdownRing
            remaining={ringLeft}
            value={face.figure}
            caption={face.caption ? <span>{face.caption}</span> : undefined}
            label={tCount('popup_ring_label', secsLeft)}
            tone={tone}
          />
          {!still && picture}
        </div>
        <p class="session__left" data-testid="session-left">
          {point.done ? '' : t('popup_session_left', secsLeft)}
        </p>
        <p class="sr-only" aria-live="polite" aria-atomic="true" data-testid="announce">
          {announcement(point)}
        </p>
        <div class="session__controls">
          {point.done ? (
            <button ref={controlRef} type="button" class="btn btn--primary" onClick={props.onDone}>
              {t('popup_done')}
            </button>
          ) : (
            <>
              {ready && !paused && onSkipGetReady && (
                <button type="button" class="btn btn--primary" onClick={click(() => onSkipGetReady(readyLeftMs(plan, elapsed)))}>
                  {t('popup_session_skip_ready')}
                </button>
              )}
              <button ref={controlRef} type="button" class="btn" onClick={click(paused ? props.onResume : props.onPause)}>
                {paused ? t('popup_session_resume') : t('popup_session_pause')}
              </button>
              <button type="button" class="btn btn--quiet" onClick={props.onStop}>
                {t('popup_session_stop')}
              </button>
            </>
          )}
        </div>
      </div>
      <p class="caution session__caution" role="note" data-testid="session-caution">
        <strong>{t('common_caution')}</strong> {exercise.caution}
      </p>
      {still && picture}
      <ExerciseCard
        exercise={point.side === 'second' && !point.done ? secondSide : exercise}
        art={false}
        currentStep={point.done ? -1 : stepIndexAt(point, spec)}
        compact
      />
    </section>
  );
}
