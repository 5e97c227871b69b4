import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useOptionsPlatform } from './options-platform';
import { Section } from './Section';

const SUGGESTED = 'Alt+Shift+B';

/** The "Start a break now" keyboard shortcut as the browser has it, and how to change it. */
export function ShortcutInfo() {
  // undefined: not read (or no commands API); '': the user removed the shortcut.
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const { shortcuts } = useOptionsPlatform();
  const isFirefox = shortcuts.firefox;
  useEffect(() => {
    void shortcuts.read().then(setShortcut);
  }, []);
  const openSettings = shortcuts.open;
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
      {openSettings && (
        <button type="button" class="button button--secondary" onClick={openSettings}>
          {t('options_shortcut_open')}
        </button>
      )}
    </Section>
  );
}
