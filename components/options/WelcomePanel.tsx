import { useEffect, useRef, useState } from 'preact/hooks';
import { INTERVAL_MIN, INTERVAL_PRESETS } from '../../core/settings/settings';
import { t } from '../../utils/i18n';
import { NotificationWarning } from './NotificationWarning';
import { useOptionsPlatform } from './options-platform';
import { PinHint } from './PinHint';
import { ScreeningFieldset } from './ScreeningFieldset';
import type { SettingsSectionProps } from './settings-section-props';
import { Toggle } from './Toggle';
import { TryMinute } from './TryMinute';

interface Props extends SettingsSectionProps {
  onClose(): void;
}

/** Shown once, when the worker opens the page with ?welcome=1 after install. */
export function WelcomePanel({ settings, errors, save, onClose }: Props) {
  // Start screen readers and keyboard users at the welcome, not the page top.
  const heading = useRef<HTMLHeadingElement>(null);
  const { browserName, pinned: pinState } = useOptionsPlatform();
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void pinState.read().then(setPinned);
    return pinState.watch(setPinned);
  }, [pinState]);
  const presets = (INTERVAL_PRESETS as readonly number[]).includes(settings.intervalMin)
    ? INTERVAL_PRESETS
    : [...INTERVAL_PRESETS, settings.intervalMin].sort((a, b) => a - b);
  return (
    <section class="card welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title" class="card__title" tabIndex={-1} ref={heading}>
        {t('options_welcome_title')}
      </h2>
      <p class="lead">{t('options_welcome_what')}</p>
      <ol class="welcome__steps">
        <li>{t('options_welcome_step1')}</li>
        <li>{t('options_welcome_step2')}</li>
        <li>{t('options_welcome_step3')}</li>
      </ol>

      <fieldset class="field choice">
        <legend class="field__label">{t('options_welcome_interval')}</legend>
        <p class="field__hint">{t('options_welcome_intervalHint', INTERVAL_MIN.min, INTERVAL_MIN.max)}</p>
        <div class="choice__options choice__options--inline">
          {presets.map((m) => (
            <div class="choice__option" key={m}>
              <input
                id={`welcome-interval-${m}`}
                type="radio"
                name="welcome-interval"
                checked={settings.intervalMin === m}
                onChange={() => void save((s) => ({ ...s, intervalMin: m }), ['intervalMin'])}
              />
              <label for={`welcome-interval-${m}`}>
                <span class="choice__label">{t('options_minutes_short', m)}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <Toggle
        id="welcome-workHours"
        label={t('options_welcome_workHours')}
        hint={t('options_welcome_workHoursHint')}
        checked={settings.workHours.enabled}
        onChange={(on) => void save((s) => ({ ...s, workHours: { ...s.workHours, enabled: on } }), ['workHours.enabled'])}
      />
      <ScreeningFieldset settings={settings} errors={errors} save={save} idPrefix="welcome" />
      {/* Only while the icon is unpinned (Chrome says; Firefox puts it on the toolbar, so it only says how to get it back). */}
      {pinned !== true && <PinHint browser={browserName} />}
      <NotificationWarning />
      <TryMinute />
      <div class="button-row">
        <button type="button" class="button button--primary" onClick={onClose}>
          {t('options_welcome_done')}
        </button>
      </div>
    </section>
  );
}
