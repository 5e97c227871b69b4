import type { Settings } from '../../core/settings/settings';
import type { FieldErrors, SettingsController } from './settings-controller';

/** What every settings section gets from the page. */
export interface SettingsSectionProps {
  settings: Settings;
  errors: FieldErrors;
  save: SettingsController['save'];
}
