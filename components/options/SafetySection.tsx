import { redFlagGroupsOf, SOURCES } from '../../content/safety';
import { RedFlagList } from '../SafetyNote';
import { useLocaleText } from '../locale-text-context';
import { t } from '../../utils/i18n';
import { AboutInfo } from './AboutInfo';
import { Section } from './Section';

/**
 * Safety and about. The health text comes from content/text/<locale>/safety.ts
 * (reviewed sentence by sentence as health content); the frame is UI messages.
 */
export function SafetySection({ version }: { version?: string }) {
  const { safety } = useLocaleText();
  return (
    <Section id="about" title={t('options_about_title')}>
      <p class="lead">{safety.disclaimer}</p>
      {safety.details.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{safety.beforeYouStart}</p>

      <h3 class="subsection__title">{safety.redFlagsTitle}</h3>
      <p>{t('common_red_flags_intro')}</p>
      <RedFlagList redFlags={redFlagGroupsOf(safety)} />

      <h3 class="subsection__title">{t('options_sources_title')}</h3>
      <p class="field__hint">{t('options_sources_intro')}</p>
      <ul class="sources">
        {SOURCES.map((s) => (
          <li key={s.seed}>
            <cite>{s.title}</cite>
          </li>
        ))}
      </ul>

      <h3 class="subsection__title">{t('options_privacy_title')}</h3>
      <p>{t('options_privacy_body')}</p>
      {version && <AboutInfo version={version} />}
    </Section>
  );
}
