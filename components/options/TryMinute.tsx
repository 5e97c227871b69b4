import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useOptionsPlatform } from './options-platform';

/**
 * The welcome's "try one minute": opens the break window, which starts the
 * guided minute on its desk exercise at once (after the safety text the first
 * time), exactly as its Start button would.
 */
export function TryMinute() {
  const { tryMinute } = useOptionsPlatform();
  const [failed, setFailed] = useState(false);
  return (
    <div class="subsection try-minute">
      <h3 class="subsection__title">{t('options_try_title')}</h3>
      <p class="field__hint">{t('options_try_hint')}</p>
      <button type="button" class="button button--secondary" onClick={() => void tryMinute().then((ok) => setFailed(!ok))}>
        {t('options_try_start')}
      </button>
      <p class="field__error" role="alert">
        {failed ? t('options_try_failed') : ''}
      </p>
    </div>
  );
}
