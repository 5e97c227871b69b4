import type { Settings } from '../../core/settings/settings';
import { t, type MessageKey } from '../../utils/i18n';

const FIELD_NAMES: Record<Exclude<keyof Settings, 'version'>, MessageKey> = {
  intervalMin: 'options_field_intervalMin',
  naturalBreakMin: 'options_field_naturalBreakMin',
  snoozeMin: 'options_field_snoozeMin',
  snoozeLimit: 'options_field_snoozeLimit',
  pauseWaitMin: 'options_field_pauseWaitMin',
  callWaitMin: 'options_field_callWaitMin',
  repeatNudges: 'options_field_repeatNudges',
  promptStyle: 'options_field_promptStyle',
  deferWhileFullscreen: 'options_field_deferWhileFullscreen',
  sound: 'options_field_sound',
  workHours: 'options_field_workHours',
  exercises: 'options_field_exercises',
  countMediaAsSitting: 'options_field_countMediaAsSitting',
  safetyAcknowledged: 'options_field_safetyAcknowledged',
};

/** The name of a top-level setting, as the reset notice and the import preview say it. */
export function settingLabel(key: keyof Settings | string): string {
  const name = FIELD_NAMES[key as keyof typeof FIELD_NAMES] as MessageKey | undefined;
  // A field this version does not know (a newer file) is shown by its own name.
  return name ? t(name) : key;
}
