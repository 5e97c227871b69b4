import { t } from '../utils/i18n';

export interface SafetySign {
  /** What the user notices. */
  sign: string;
  /** What to do about it. */
  advice: string;
  /** Needs help today: marked so it stands out. */
  urgent?: boolean;
}

export interface SafetyNoteProps {
  /** General advice shown first. */
  disclaimer: string;
  redFlags: readonly SafetySign[];
  /** A note for before the first exercise (e.g. a past back injury). */
  beforeYouStart?: string;
}

/** The red flags as a list, urgent ones marked. Shared by the disclosure and the first-break intro. */
export function RedFlagList({ redFlags }: { redFlags: readonly SafetySign[] }) {
  return (
    <ul>
      {redFlags.map((f) => (
        <li key={f.sign} class={f.urgent ? 'red-flag--urgent' : undefined}>
          {f.urgent && <strong>{t('common_urgent')}: </strong>}
          <strong>{f.sign}</strong>: {f.advice}
        </li>
      ))}
    </ul>
  );
}

/**
 * The "Safety" disclosure: the disclaimer and the red flags that mean stop.
 * A native <details>, so it opens with Enter/Space and screen readers know it.
 * Shown in full once before the first guided break (SafetyIntro); one click away after.
 */
export function SafetyNote({ disclaimer, redFlags, beforeYouStart }: SafetyNoteProps) {
  return (
    <details class="safety">
      <summary>{t('common_safety')}</summary>
      <p>{disclaimer}</p>
      {beforeYouStart && <p>{beforeYouStart}</p>}
      <p>{t('common_red_flags_intro')}</p>
      <RedFlagList redFlags={redFlags} />
    </details>
  );
}
