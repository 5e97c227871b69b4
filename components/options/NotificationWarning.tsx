import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useOptionsPlatform } from './options-platform';

type Level = 'granted' | 'denied' | 'unknown';

/** Says how to turn notifications back on when the browser blocks them for the extension. */
export function NotificationWarning() {
  const [level, setLevel] = useState<Level>('unknown');
  const { notificationPermission } = useOptionsPlatform();
  useEffect(() => {
    void notificationPermission().then(setLevel);
  }, []);
  if (level !== 'denied') return null;
  return (
    <div class="notice notice--warning" role="note">
      <p class="notice__title">{t('options_notifDenied_title')}</p>
      <p>{t('options_notifDenied_body')}</p>
      <p>{t('options_notifDenied_fallback')}</p>
    </div>
  );
}
