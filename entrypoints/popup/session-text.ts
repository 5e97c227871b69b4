import type { SessionPoint } from '../../core/session/session-plan';
import type { SessionSpec } from '../../core/session/session-spec';
import { t, tCount } from '../../utils/i18n';
import { sideName } from './cue-line';

/** What the guided minute shows, in three sizes: title (who/what), figure (the big one), caption. */
export interface SessionFace {
  /** Large line above the timer: the leg being worked, or the phase. */
  title: string;
  /** The main figure inside the ring: rep count, or seconds left in this hold/phase. */
  figure: string;
  caption: string;
}

const secs = (ms: number) => String(Math.ceil(ms / 1000));

export function sessionFace(p: SessionPoint, spec: Pick<SessionSpec, 'firstSide'>, paused: boolean): SessionFace {
  const s = p.segment;
  const leg = p.side ? sideName(p.side, spec.firstSide) : null;
  if (p.done) return { title: t('popup_caption_done'), figure: '✓', caption: '' };
  let face: SessionFace;
  switch (s.kind) {
    case 'ready': {
      const first = spec.firstSide ? sideName('first', spec.firstSide) : null;
      // The leg to start with is the big line when there is one; "Get ready" then moves into the ring.
      face = first
        ? { title: t('popup_title_ready_side', first), figure: secs(p.segmentRemainingMs), caption: t('popup_title_ready') }
        : { title: t('popup_title_ready'), figure: secs(p.segmentRemainingMs), caption: t('popup_caption_ready') };
      break;
    }
    case 'reps':
      face = { title: leg ?? t('popup_title_reps'), figure: `${p.rep ?? 1}/${s.reps}`, caption: tCount('popup_caption_reps', s.reps) };
      break;
    case 'hold':
      face = {
        title: leg ?? t('popup_caption_hold'),
        figure: secs(p.segmentRemainingMs),
        caption: s.rounds > 1 ? t('popup_caption_round', s.round, s.rounds) : t('popup_caption_hold'),
      };
      break;
    case 'timed':
      face = { title: t('popup_title_walk'), figure: secs(p.segmentRemainingMs), caption: t('popup_caption_walk') };
      break;
    case 'switch':
      face = { title: t('popup_title_switch', leg ?? ''), figure: secs(p.segmentRemainingMs), caption: t('popup_caption_switch') };
      break;
    case 'ease':
      face = { title: t('popup_caption_ease'), figure: secs(p.remainingMs), caption: t('popup_caption_relax') };
      break;
    case 'rest':
      // Out of the hold for a few breaths; the caption says which round comes next.
      face = { title: t('popup_caption_ease'), figure: secs(p.segmentRemainingMs), caption: t('popup_caption_round', s.next, s.rounds) };
      break;
  }
  return paused ? { ...face, caption: t('popup_caption_paused') } : face;
}

/**
 * What a screen reader hears, through a polite live region: only the side
 * switch, the last ten seconds and the end. The timer itself is never live, so
 * the other fifty seconds stay quiet.
 */
export function announcement(p: SessionPoint): string {
  if (p.done) return t('popup_announce_done');
  if (p.segment.kind === 'switch') return t('popup_announce_switch');
  const left = Math.ceil(p.remainingMs / 1000);
  return left <= 10 ? tCount('popup_announce_left', left) : '';
}
