import type { StoredSettings } from '../../utils/storage/settings-store';
import { formatList, t } from '../../utils/i18n';
import { settingLabel } from './setting-label';

/** What the page must tell about where and how the settings were loaded. */
export function SettingsNotices({ stored, saveFailed }: { stored: StoredSettings; saveFailed: boolean }) {
  const { resetFields, inLocal, fromFutureVersion } = stored;
  return (
    <>
      {resetFields.length > 0 && (
        <div class="notice notice--warning" role="alert" data-testid="reset-notice">
          <p class="notice__title">{t('options_notice_resetTitle')}</p>
          <p>
            {resetFields.includes('*')
              ? t('options_notice_resetAll')
              : t('options_notice_resetSome', formatList(resetFields.map(settingLabel)))}
          </p>
        </div>
      )}
      {fromFutureVersion !== undefined && (
        <p class="notice notice--info" role="note">
          {t('options_notice_future')}
        </p>
      )}
      {inLocal && (
        <p class="notice notice--info" role="note" data-testid="local-notice">
          {t('options_notice_local')}
        </p>
      )}
      {saveFailed && (
        <p class="notice notice--error" role="alert">
          {t('options_notice_saveFailed')}
        </p>
      )}
    </>
  );
}
