import { t } from '../utils/i18n';

export interface SafetySign {
  /** What the user notices. */
  sign: string;
  /** What to do about it. */
  advice: string;
}

export interface SafetyNoteProps {
  /** General advice shown first. */
  disclaimer: string;
  redFlags: readonly SafetySign[];
}

/**
 * The "Safety" disclosure: the disclaimer and the red flags that mean stop.
 * A native <details>, so it opens with Enter/Space and screen readers know it.
 */
export function SafetyNote({ disclaimer, redFlags }: SafetyNoteProps) {
  return (
    <details class="safety">
      <summary>{t('common_safety')}</summary>
      <p>{disclaimer}</p>
      <p>{t('common_red_flags_intro')}</p>
      <ul>
        {redFlags.map((f) => (
          <li key={f.sign}>
            <strong>{f.sign}</strong>: {f.advice}
          </li>
        ))}
      </ul>
    </details>
  );
}
