import {
  CALL_WAIT_MIN,
  INTERVAL_MIN,
  NATURAL_BREAK_MIN,
  PAUSE_WAIT_MIN,
  PROMPT_STYLES,
  SNOOZE_CHOICES,
  SNOOZE_LIMIT,
  SOUND_MODES,
  type PromptStyle,
} from '../../core/settings/settings';
import { t, type MessageKey } from '../../utils/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { errorAt } from './field-error-message';
import { NotificationWarning } from './NotificationWarning';
import { NumberField } from './NumberField';
import { Section } from './Section';
import type { SettingsSectionProps } from './settings-section-props';
import { Toggle } from './Toggle';

const PROMPT_TEXT: Record<PromptStyle, { label: MessageKey; hint: MessageKey }> = {
  notification: { label: 'options_prompt_notification', hint: 'options_prompt_notification_hint' },
  'notification+window': { label: 'options_prompt_window', hint: 'options_prompt_window_hint' },
  badge: { label: 'options_prompt_badge', hint: 'options_prompt_badge_hint' },
};

export function RemindersSection({ settings, errors, save }: SettingsSectionProps) {
  return (
    <Section id="reminders" title={t('options_reminders_title')} intro={t('options_reminders_intro')}>
      <div class="grid-2">
        <NumberField
          id="intervalMin"
          label={t('options_interval_label')}
          hint={t('options_interval_hint', INTERVAL_MIN.min, INTERVAL_MIN.max)}
          unit={t('options_unit_minutes')}
          min={INTERVAL_MIN.min}
          max={INTERVAL_MIN.max}
          value={settings.intervalMin}
          error={errorAt(errors, 'intervalMin')}
          onCommit={(n) => void save((s) => ({ ...s, intervalMin: n }), ['intervalMin'])}
        />
        <NumberField
          id="naturalBreakMin"
          label={t('options_naturalBreak_label')}
          hint={t('options_naturalBreak_hint', NATURAL_BREAK_MIN.min, NATURAL_BREAK_MIN.max)}
          unit={t('options_unit_minutes')}
          min={NATURAL_BREAK_MIN.min}
          max={NATURAL_BREAK_MIN.max}
          value={settings.naturalBreakMin}
          error={errorAt(errors, 'naturalBreakMin')}
          onCommit={(n) => void save((s) => ({ ...s, naturalBreakMin: n }), ['naturalBreakMin'])}
        />
        <NumberField
          id="snoozeLimit"
          label={t('options_snoozeLimit_label')}
          hint={t('options_snoozeLimit_hint', SNOOZE_LIMIT.min, SNOOZE_LIMIT.max)}
          unit={t('options_unit_times')}
          min={SNOOZE_LIMIT.min}
          max={SNOOZE_LIMIT.max}
          value={settings.snoozeLimit}
          error={errorAt(errors, 'snoozeLimit')}
          onCommit={(n) => void save((s) => ({ ...s, snoozeLimit: n }), ['snoozeLimit'])}
        />
        <NumberField
          id="pauseWaitMin"
          label={t('options_pauseWait_label')}
          hint={t('options_pauseWait_hint', PAUSE_WAIT_MIN.min, PAUSE_WAIT_MIN.max)}
          unit={t('options_unit_minutes')}
          min={PAUSE_WAIT_MIN.min}
          max={PAUSE_WAIT_MIN.max}
          value={settings.pauseWaitMin}
          error={errorAt(errors, 'pauseWaitMin')}
          onCommit={(n) => void save((s) => ({ ...s, pauseWaitMin: n }), ['pauseWaitMin'])}
        />
        <NumberField
          id="callWaitMin"
          label={t('options_callWait_label')}
          hint={t('options_callWait_hint', CALL_WAIT_MIN.min, CALL_WAIT_MIN.max)}
          note={t('options_callWait_music')}
          unit={t('options_unit_minutes')}
          min={CALL_WAIT_MIN.min}
          max={CALL_WAIT_MIN.max}
          value={settings.callWaitMin}
          error={errorAt(errors, 'callWaitMin')}
          onCommit={(n) => void save((s) => ({ ...s, callWaitMin: n }), ['callWaitMin'])}
        />
      </div>

      <ChoiceGroup
        name="snoozeMin"
        legend={t('options_snooze_legend')}
        inline
        options={SNOOZE_CHOICES.map((m) => ({ value: m, label: t('options_minutes_short', m) }))}
        value={settings.snoozeMin}
        error={errorAt(errors, 'snoozeMin')}
        onChange={(m) => void save((s) => ({ ...s, snoozeMin: m }), ['snoozeMin'])}
      />

      <ChoiceGroup
        name="promptStyle"
        legend={t('options_prompt_legend')}
        options={PROMPT_STYLES.map((p) => ({
          value: p,
          label: t(PROMPT_TEXT[p].label),
          hint: t(PROMPT_TEXT[p].hint),
        }))}
        value={settings.promptStyle}
        error={errorAt(errors, 'promptStyle')}
        onChange={(p) => void save((s) => ({ ...s, promptStyle: p }), ['promptStyle'])}
      />
      {settings.promptStyle !== 'badge' && <NotificationWarning />}

      <div class="toggles">
        <Toggle
          id="repeatNudges"
          label={t('options_repeat_label')}
          hint={t('options_repeat_hint')}
          checked={settings.repeatNudges}
          onChange={(on) => void save((s) => ({ ...s, repeatNudges: on }), ['repeatNudges'])}
        />
        <Toggle
          id="deferWhileFullscreen"
          label={t('options_fullscreen_label')}
          hint={t('options_fullscreen_hint')}
          checked={settings.deferWhileFullscreen}
          onChange={(on) => void save((s) => ({ ...s, deferWhileFullscreen: on }), ['deferWhileFullscreen'])}
        />
        <Toggle
          id="countMediaAsSitting"
          label={t('options_media_label')}
          hint={t('options_media_hint')}
          checked={settings.countMediaAsSitting}
          onChange={(on) => void save((s) => ({ ...s, countMediaAsSitting: on }), ['countMediaAsSitting'])}
        />
      </div>

      <ChoiceGroup
        name="sound"
        legend={t('options_sound_legend')}
        hint={t('options_sound_hint')}
        options={SOUND_MODES.map((m) => ({ value: m, label: t(`options_sound_${m}`), hint: t(`options_sound_${m}_hint`) }))}
        value={settings.sound}
        error={errorAt(errors, 'sound')}
        onChange={(m) => void save((s) => ({ ...s, sound: m }), ['sound'])}
      />
    </Section>
  );
}
