import type { Settings } from '../../core/settings';
import { t } from '../../utils/i18n';

/** The name of a top-level setting, as the reset notice and the import preview say it. */
export function settingLabel(key: keyof Settings | string): string {
  return t(`options_field_${key}`);
}
