import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SaveOutcome } from './settings-controller';

/**
 * The short "Saved" confirmation. The live region is always in the page (so
 * screen readers track it); its text appears for a moment after each save, and
 * goes at once when a later change is refused (its error says why).
 */
export function SavedStatus({ outcome }: { outcome: SaveOutcome }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    setVisible(outcome.kind === 'saved');
    if (outcome.kind !== 'saved') return;
    const id = setTimeout(() => setVisible(false), 2500);
    return () => clearTimeout(id);
  }, [outcome.n, outcome.kind]);
  return (
    // data-outcomes counts the saves that ended, data-outcome says how the last one did: what tests wait on.
    <div
      class={visible ? 'saved saved--visible' : 'saved'}
      role="status"
      aria-live="polite"
      data-testid="saved"
      data-outcomes={outcome.n}
      data-outcome={outcome.kind}
    >
      {visible && (
        <>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          {t('options_saved')}
        </>
      )}
    </div>
  );
}
