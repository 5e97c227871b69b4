import { isSameDay } from 'date-fns';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { UserAction } from '../../core/messages';
import { sendAction } from '../../utils/messaging/send-request';
import type { Status } from '../../core/status';
import { t } from '../../utils/i18n';
import { MINUTE_MS } from '../../utils/time-scale';

interface Props {
  /** From computeStatus over the stored tracker; null until it is read. */
  status: Status | null;
  now: number;
}

type PauseUntil = Extract<UserAction, { kind: 'pause' }>['until'];

/** Pause lengths offered, in settings minutes (time-scaled in the e2e build). */
const PAUSE_MINUTES = [30, 60, 120] as const;

function pausedText(until: number | 'indefinitely', now: number): string {
  if (until === 'indefinitely') return t('options_pause_indefinitely');
  const lang = browser.i18n.getUILanguage();
  const time = new Date(until).toLocaleTimeString(lang, { hour: 'numeric', minute: '2-digit' });
  if (isSameDay(until, now)) return t('options_pause_until', time);
  const day = new Date(until).toLocaleDateString(lang, { weekday: 'long' });
  return t('options_pause_untilDay', day, time);
}

export function PauseControls({ status, now }: Props) {
  const [failed, setFailed] = useState(false);
  const send = async (action: UserAction) => {
    try {
      const reply = await sendAction(action);
      setFailed(!reply?.ok);
    } catch {
      setFailed(true);
    }
  };
  const pause = (until: PauseUntil) => void send({ kind: 'pause', until });
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
      <div class="button-row">
        {paused !== null && (
          <button type="button" class="button button--primary" onClick={() => void send({ kind: 'resume' })}>
            {t('options_pause_resume')}
          </button>
        )}
        {PAUSE_MINUTES.map((m) => (
          <button key={m} type="button" class="button button--secondary" onClick={() => pause(now + m * MINUTE_MS)}>
            {m < 60 ? t('options_pause_forMinutes', m) : t('options_pause_forHours', m / 60)}
          </button>
        ))}
        <button type="button" class="button button--secondary" onClick={() => pause('tomorrow')}>
          {t('options_pause_tomorrow')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => pause('indefinitely')}>
          {t('options_pause_untilResume')}
        </button>
      </div>
      {failed && (
        <p class="notice notice--error" role="alert">
          {t('options_pause_failed')}
        </p>
      )}
    </div>
  );
}
