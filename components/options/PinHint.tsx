import { t } from '../../utils/i18n';

/** The icon states the toolbar shows (public/icon, drawn by scripts/draw-icons.mjs). */
const STATES = [
  { src: '/icon/32.png', label: 'options_pin_state_running' },
  { src: '/icon/paused-32.png', label: 'options_pin_state_paused' },
  { src: '/icon/outside-32.png', label: 'options_pin_state_outside' },
] as const;

/**
 * How to keep the toolbar icon in sight. Chrome does not pin a new extension,
 * so the "!" badge (and a "badge only" reminder) would go unseen; Firefox
 * places ours on the toolbar (manifest `default_area`), so it only says how to
 * put it back.
 */
export function PinHint({ browser }: { browser: 'chrome' | 'firefox' }) {
  return (
    <div class="notice notice--info pin-hint" data-testid="pin-hint">
      <p class="notice__title">{t('options_pin_title')}</p>
      <p>{t(browser === 'firefox' ? 'options_pin_firefox' : 'options_pin_chrome')}</p>
      <p>{t('options_pin_why')}</p>
      <ul class="pin-hint__states">
        {STATES.map((s) => (
          <li key={s.src}>
            <img src={s.src} alt="" width="24" height="24" />
            {t(s.label)}
          </li>
        ))}
      </ul>
    </div>
  );
}
