import { redFlagsOf, SOURCES } from '../../content/safety';
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
      <ul class="flags">
        {redFlagsOf(safety).map((f) => (
          <li key={f.id} class={f.urgent ? 'flags__item flags__item--urgent' : 'flags__item'}>
            <strong>{f.sign}.</strong> {f.advice}
          </li>
        ))}
      </ul>

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
