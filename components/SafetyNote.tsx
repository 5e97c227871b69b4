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
