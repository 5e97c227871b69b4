import { t } from '../utils/i18n';
import './red-flags.css';

/** One urgency tier: where to go, one line of advice, and the signs that belong there. */
export interface SafetyTier {
  tier: 'emergency' | 'same-day' | 'gp';
  title: string;
  advice: string;
  signs: readonly string[];
}

export interface SafetyNoteProps {
  /** General advice shown first. */
  disclaimer: string;
  /** The red flags by tier, most urgent first. */
  redFlags: readonly SafetyTier[];
  /** A note for before the first exercise (e.g. a past back injury). */
  beforeYouStart?: string;
}

/** The red flags in their tiers, the emergency one marked. Shared by the disclosure, the first-break intro and options. */
export function RedFlagList({ redFlags }: { redFlags: readonly SafetyTier[] }) {
  return (
    <div class="red-flags">
      {redFlags.map((group) => (
        <section key={group.tier} class={`red-flags__tier red-flags__tier--${group.tier}`} aria-label={group.title}>
          <p class="red-flags__title">
            <strong>{group.title}</strong>
          </p>
          <ul>
            {group.signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          <p class="red-flags__advice">{group.advice}</p>
        </section>
      ))}
    </div>
  );
}

/**
 * The "Safety" disclosure: the disclaimer and the red flags that mean stop.
 * A native <details>, so it opens with Enter/Space and screen readers know it.
 * Shown in full once before the first guided break (SafetyIntro); one click away after.
 * The text may come later than the card (`text` undefined): `onWanted` asks for it when the
 * user points at, focuses or opens the disclosure, and it fills in when it arrives.
 */
export function SafetyNote({ text, onWanted }: { text?: SafetyNoteProps; onWanted?: () => void }) {
  return (
    <details class="safety" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && onWanted?.()}>
      <summary onPointerEnter={onWanted} onFocus={onWanted}>
        {t('common_safety')}
      </summary>
      {text && (
        <>
          <p>{text.disclaimer}</p>
          {text.beforeYouStart && <p>{text.beforeYouStart}</p>}
          <p>{t('common_red_flags_intro')}</p>
          <RedFlagList redFlags={text.redFlags} />
        </>
      )}
    </details>
  );
}
