import { BEFORE_YOU_START, DISCLAIMER, DISCLAIMER_DETAIL, RED_FLAGS, RED_FLAGS_TITLE, SOURCES } from '../../content/safety';
import { t } from '../../utils/i18n';
import { AboutInfo } from './AboutInfo';
import { Section } from './Section';

/**
 * Safety and about. The health text itself comes from content/safety.ts, which
 * is reviewed sentence by sentence as health content; only the frame is i18n.
 */
export function SafetySection({ version }: { version?: string }) {
  return (
    <Section id="about" title={t('options_about_title')}>
      <p class="lead">{DISCLAIMER}</p>
      {DISCLAIMER_DETAIL.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{BEFORE_YOU_START}</p>

      <h3 class="subsection__title">{RED_FLAGS_TITLE}</h3>
      <ul class="flags">
        {RED_FLAGS.map((f) => (
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
