import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { Section } from './Section';

export const START_BREAK_COMMAND = 'start-break';
const SUGGESTED = 'Alt+Shift+B';
const isFirefox = import.meta.env.FIREFOX;

/** The "Start a break now" keyboard shortcut as the browser has it, and how to change it. */
export function ShortcutInfo() {
  // undefined: not read (or no commands API); '': the user removed the shortcut.
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    try {
      void browser.commands
        .getAll()
        .then((all) => setShortcut(all.find((c) => c.name === START_BREAK_COMMAND)?.shortcut ?? ''))
        .catch(() => undefined);
    } catch {
      // No commands API here (tests, unusual builds): show the suggested key.
    }
  }, []);

  const openSettings = () => {
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
    if (isFirefox) void commands.openShortcutSettings?.();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };
  const canOpen = !isFirefox || typeof (browser.commands as { openShortcutSettings?: unknown })?.openShortcutSettings === 'function';
  const keys = shortcut === undefined ? SUGGESTED : shortcut;

  return (
    <Section id="shortcut" title={t('options_shortcut_title')}>
      <p class="shortcut">
        <span>{t('commandStartBreak')}</span>
        {keys ? (
          <kbd class="kbd" data-testid="shortcut-keys">
            {keys}
          </kbd>
        ) : (
          <span class="muted">{t('options_shortcut_none')}</span>
        )}
      </p>
      <p class="field__hint">{isFirefox ? t('options_shortcut_howFirefox') : t('options_shortcut_howChrome')}</p>
      {canOpen && (
        <button type="button" class="button button--secondary" onClick={openSettings}>
          {t('options_shortcut_open')}
        </button>
      )}
    </Section>
  );
}
