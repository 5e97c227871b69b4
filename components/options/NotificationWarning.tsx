import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

type Level = 'granted' | 'denied' | 'unknown';

/** Chrome only: Firefox has no notifications.getPermissionLevel, so it never warns. */
async function permissionLevel(): Promise<Level> {
  try {
    const get = (browser.notifications as { getPermissionLevel?: () => Promise<string> } | undefined)?.getPermissionLevel;
    if (typeof get !== 'function') return 'unknown';
    return (await get.call(browser.notifications)) === 'denied' ? 'denied' : 'granted';
  } catch {
    return 'unknown';
  }
}

/** Says how to turn notifications back on when the browser blocks them for the extension. */
export function NotificationWarning() {
  const [level, setLevel] = useState<Level>('unknown');
  useEffect(() => {
    void permissionLevel().then(setLevel);
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
