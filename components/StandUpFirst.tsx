import { t } from '../utils/i18n';

/**
 * The lead-in for a seated exercise chosen at a break prompt: the user has
 * been sitting, so the break starts by getting up (seed 000: get up every ~45 min).
 */
export function StandUpFirst() {
  return (
    <p class="stand-up-first" data-testid="stand-up-first">
      <strong>{t('common_stand_up_first_title')}</strong> {t('common_stand_up_first')}
    </p>
  );
}
