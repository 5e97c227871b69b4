import type { ComponentChildren } from 'preact';
import type { Exercise } from '../core/exercise';
import type { IllustrationFrames } from '../content/illustrations';
import { t } from '../utils/i18n';
import { doseLabel } from './dose-label';
import { ExerciseArt } from './ExerciseArt';
import { ExerciseCoaching } from './ExerciseCoaching';
import { StandUpFirst } from './StandUpFirst';
import { TagIcon } from './TagIcon';

export interface ExerciseCardProps {
  exercise: Exercise;
  /** The start and end frames (start grey behind, end solid); a lone URL is drawn as the end frame. */
  illustration?: IllustrationFrames | string;
  /** Index of the step to highlight (a guided session); none when undefined or -1. */
  currentStep?: number;
  /** Hide the caution and `children` (during a session, space goes to the timer). */
  compact?: boolean;
  /** Extra content at the end of the card, e.g. a safety disclosure. */
  children?: ComponentChildren;
  /** Draw the picture in the card head (the running minute shows its own, larger). */
  art?: boolean;
  /** A seated exercise at a break prompt: begin by standing up and taking a few steps. */
  standUpFirst?: boolean;
  /** The name of the exercise this one stands in for, on a chair with wheels (content/chair-swaps.ts). */
  swappedFrom?: string;
}

/** One exercise: name, kind, position and equipment, picture, steps, where to feel it, caution. */
export function ExerciseCard({
  exercise: ex,
  illustration,
  currentStep = -1,
  compact = false,
  children,
  standUpFirst = false,
  art = true,
  swappedFrom,
}: ExerciseCardProps) {
  const frames = typeof illustration === 'string' ? { end: illustration } : (illustration ?? {});
  return (
    <article class={`card${compact ? ' card--compact' : ''}`} aria-labelledby={`ex-${ex.id}`}>
      <div class="card__head">
        {art && <ExerciseArt class="card__art" frames={frames} label={ex.alt} />}
        <div class="card__title">
          <h2 id={`ex-${ex.id}`}>{ex.name}</h2>
          <ul class="tags" aria-label={t('common_tags')}>
            <li class={`tag tag--${ex.kind}`}>{t(`common_kind_${ex.kind}`)}</li>
            <li class="tag">
              <TagIcon name={ex.position} />
              {t(`common_position_${ex.position}`)}
            </li>
            <li class="tag">
              <TagIcon name={ex.equipment} />
              {t(`common_equipment_${ex.equipment}`)}
            </li>
          </ul>
          <p class="dose">{doseLabel(ex.dose)}</p>
        </div>
      </div>
      {standUpFirst && <StandUpFirst />}
      {swappedFrom && <p class="swap-note">{t('popup_card_swapped_wheels', swappedFrom)}</p>}
      <ol class="steps" aria-label={t('common_steps')}>
        {ex.steps.map((step, i) => (
          <li key={i} class={i === currentStep ? 'is-current' : undefined} aria-current={i === currentStep ? 'step' : undefined}>
            {step}
          </li>
        ))}
      </ol>
      <p class="feel">
        <strong>{t('common_feel')}</strong> {ex.feel}
      </p>
      {!compact && (
        <>
          <p class="caution">
            <strong>{t('common_caution')}</strong> {ex.caution}
          </p>
          <ExerciseCoaching exercise={ex} />
          {children}
        </>
      )}
    </article>
  );
}
