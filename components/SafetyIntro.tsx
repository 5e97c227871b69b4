import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n';
import { RedFlagList, type SafetyNoteProps } from './SafetyNote';

interface Props extends SafetyNoteProps {
  /** The user has read it: remember that, then start the break. */
  onAcknowledge(): void;
}

/**
 * The safety text, shown in full once before the first guided minute and
 * acknowledged with a button; after that it stays one click away (SafetyNote).
 */
export function SafetyIntro({ disclaimer, redFlags, beforeYouStart, onAcknowledge }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card safety-intro" aria-labelledby="safety-intro-title" data-testid="safety-intro">
      <h2 id="safety-intro-title" tabIndex={-1} ref={heading}>
        {t('common_safety_intro_title')}
      </h2>
      <p>{disclaimer}</p>
      {beforeYouStart && <p>{beforeYouStart}</p>}
      <p>{t('common_red_flags_intro')}</p>
      <RedFlagList redFlags={redFlags} />
      <button type="button" class="btn btn--primary btn--wide" onClick={onAcknowledge}>
        {t('common_safety_intro_ok')}
      </button>
    </section>
  );
}
