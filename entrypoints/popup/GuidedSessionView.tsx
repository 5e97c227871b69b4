import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Exercise } from '../../content/exercise';
import { CountdownRing } from '../../components/CountdownRing';
import { ExerciseCard } from '../../components/ExerciseCard';
import { planDurationMs, sessionAt, sessionPlan, stepIndexAt, type SessionPoint } from '../../core/session-plan';
import { t } from '../../utils/i18n';
import { playChime } from './chime';
import { elapsedMs, type GuidedSession } from '../../core/guided-session';

export interface GuidedSessionViewProps {
  exercise: Exercise;
  illustration?: string;
  session: GuidedSession;
  now: number;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onDone: () => void;
  /** Play the chime when the minute runs out while the page is open. */
  sound: boolean;
}

/** The ring's caption: what to do now, and which side, one line each. */
function caption(p: SessionPoint, paused: boolean): string[] {
  if (p.done) return [t('popup_caption_done')];
  if (paused) return [t('popup_caption_paused')];
  const s = p.segment;
  if (s.kind === 'switch') return [t('popup_caption_switch')];
  if (s.kind === 'ease') return [t('popup_caption_ease')];
  const what =
    s.kind === 'reps'
      ? t('popup_caption_rep', p.rep ?? 1, s.reps)
      : s.rounds > 1
        ? t('popup_caption_round', s.round, s.rounds)
        : t('popup_caption_hold');
  return p.side ? [what, t(`popup_side_${p.side}`)] : [what];
}

/**
 * What a screen reader hears, through a polite live region: only the side
 * switch, the last ten seconds and the end. The ring itself is never live, so
 * the other fifty seconds stay quiet.
 */
function announcement(p: SessionPoint): string {
  if (p.done) return t('popup_announce_done');
  if (p.segment.kind === 'switch') return t('popup_announce_switch');
  const secs = Math.ceil(p.remainingMs / 1000);
  return secs <= 10 ? t('popup_announce_left', secs) : '';
}

/** The guided minute: ring, highlighted step, side switch and rep count, pause/resume, Done. */
export function GuidedSessionView(props: GuidedSessionViewProps) {
  const { exercise, session, now } = props;
  const plan = useMemo(() => sessionPlan(exercise.dose), [exercise]);
  const point = sessionAt(plan, elapsedMs(session, now));
  const paused = session.pausedAt !== null;
  const secs = Math.ceil(point.remainingMs / 1000);

  const controlRef = useRef<HTMLButtonElement>(null);
  const wasDone = useRef(point.done);
  // Keep focus on the main control as it changes (Start → Pause → Done).
  useEffect(() => controlRef.current?.focus(), [point.done]);
  useEffect(() => {
    if (point.done && !wasDone.current && props.sound) playChime();
    wasDone.current = point.done;
  }, [point.done]);

  const tone = point.done ? 'normal' : paused ? 'paused' : point.segment.kind === 'switch' ? 'alert' : 'normal';
  return (
    <section class="session" aria-label={t('popup_session_label')}>
      <div class="session__timer">
        <CountdownRing
          remaining={point.remainingMs / planDurationMs(plan)}
          value={point.done ? '✓' : String(secs)}
          caption={caption(point, paused).map((line) => (
            <span key={line}>{line}</span>
          ))}
          label={t('popup_ring_label', secs)}
          tone={tone}
        />
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
              <button
                ref={controlRef}
                type="button"
                class="btn"
                onClick={paused ? props.onResume : props.onPause}
              >
                {paused ? t('popup_session_resume') : t('popup_session_pause')}
              </button>
              <button type="button" class="btn btn--quiet" onClick={props.onStop}>
                {t('popup_session_stop')}
              </button>
            </>
          )}
        </div>
      </div>
      <ExerciseCard
        exercise={exercise}
        illustration={props.illustration}
        currentStep={point.done || paused ? -1 : stepIndexAt(point, exercise.steps.length)}
        compact
      />
    </section>
  );
}
