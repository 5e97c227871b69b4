import { PRIVACY_POLICY_URL, REPORT_PROBLEM_URL } from '../../content/publisher';
import { t } from '../../utils/i18n';

/** The version the user runs, the privacy policy, and where to report a problem. */
export function AboutInfo({ version }: { version: string }) {
  return (
    <>
      <h3 class="subsection__title">{t('options_about_app_title')}</h3>
      <ul class="about">
        <li data-testid="about-version">{t('options_about_version', version)}</li>
        <li>
          <a href={PRIVACY_POLICY_URL} target="_blank" rel="noopener noreferrer">
            {t('options_about_privacy_link')}
          </a>
        </li>
        <li>
          <a href={REPORT_PROBLEM_URL} target="_blank" rel="noopener noreferrer">
            {t('options_about_report')}
          </a>
        </li>
      </ul>
    </>
  );
}
