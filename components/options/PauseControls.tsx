import { formatClock } from '../../utils/format-time';
import { isSameDay } from 'date-fns';
import { useState } from 'preact/hooks';
import type { UserAction } from '../../core/messages';
import type { Status } from '../../core/engine/status-types';
import { t, uiLocale } from '../../utils/i18n';
import { MINUTE_MS } from '../../utils/time-scale';
import { pauseChoices, pauseUntil, type PauseChoice } from '../pause-choices';
import { useOptionsPlatform } from './options-platform';

interface Props {
  /** From computeStatus over the stored tracker; null until it is read. */
  status: Status | null;
  now: number;
}

function pausedText(until: number | 'indefinitely', now: number): string {
  if (until === 'indefinitely') return t('options_pause_indefinitely');
  const lang = uiLocale();
  const time = formatClock(until, lang);
  if (isSameDay(until, now)) return t('options_pause_until', time);
  const day = new Date(until).toLocaleDateString(lang, { weekday: 'long' });
  return t('options_pause_untilDay', day, time);
}

export function PauseControls({ status, now }: Props) {
  const [failed, setFailed] = useState(false);
  const { sendAction } = useOptionsPlatform();
  const send = async (action: UserAction) => {
    try {
      const reply = await sendAction(action);
      setFailed(!reply?.ok);
    } catch {
      setFailed(true);
    }
  };
  const pause = (choice: PauseChoice) => void send({ kind: 'pause', until: pauseUntil(choice, now, MINUTE_MS) });
  const paused = status?.phase === 'paused' && status.pausedUntil !== null ? status.pausedUntil : null;

  return (
    <div class="subsection" aria-labelledby="pause-title">
      <h3 id="pause-title" class="subsection__title">
        {t('options_pause_title')}
      </h3>
      <p class={paused !== null ? 'pause-state pause-state--paused' : 'pause-state'} role="status" data-testid="pause-state">
        <span class="pause-state__dot" aria-hidden="true" />
        {paused !== null ? pausedText(paused, now) : t('options_pause_running')}
      </p>
      <div class="button-row" role="group" aria-labelledby="pause-title">
        {paused !== null && (
          <button type="button" class="button button--primary" onClick={() => void send({ kind: 'resume' })}>
            {t('options_pause_resume')}
          </button>
        )}
        {pauseChoices().map(({ value, label }) => (
          <button key={value} type="button" class="button button--secondary" onClick={() => pause(value)}>
            {label}
          </button>
        ))}
      </div>
      {failed && (
        <p class="notice notice--error" role="alert">
          {t('options_pause_failed')}
        </p>
      )}
    </div>
  );
}
