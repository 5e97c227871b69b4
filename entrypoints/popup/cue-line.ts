import type { Cue } from '../../core/session/cue-schedule';
import type { Side } from '../../core/session/session-plan';
import type { BodySide } from '../../core/session/session-spec';
import { t } from '../../utils/i18n';

/** "Left leg"/"Right leg" when the steps name the first side, else "First side"/"Second side". */
export function sideName(side: Side, firstSide: BodySide | null): string {
  if (!firstSide) return t(`popup_side_${side}`);
  const other: BodySide = firstSide === 'left' ? 'right' : 'left';
  return t(`popup_leg_${side === 'first' ? firstSide : other}`);
}

/** What the voice says for a cue: a few words, said while you move. */
export function cueLine(cue: Cue, firstSide: BodySide | null): string {
  switch (cue.kind) {
    case 'begin':
      if (cue.walk) return t('popup_say_walk');
      return cue.side ? t('popup_say_begin_side', sideName(cue.side, firstSide)) : t('popup_say_begin');
    case 'rep':
      return String(cue.n);
    case 'halfway':
      return t('popup_say_halfway');
    case 'switch':
      return t('popup_say_switch', sideName(cue.to, firstSide));
    case 'count':
      return String(cue.n);
    case 'done':
      return t('popup_say_done');
  }
}
