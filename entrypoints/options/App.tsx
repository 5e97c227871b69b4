import { useMemo, useState } from 'preact/hooks';
import { statusFromStored } from '../../core/engine/status';
import { parseHistory } from '../../core/history/history';
import type { Status } from '../../core/engine/status-types';
import { DataSection } from '../../components/options/DataSection';
import { ExercisesSection } from '../../components/options/ExercisesSection';
import { HistorySection } from '../../components/options/HistorySection';
import { RemindersSection } from '../../components/options/RemindersSection';
import { SafetySection } from '../../components/options/SafetySection';
import { SavedStatus } from '../../components/options/SavedStatus';
import { ScheduleSection } from '../../components/options/ScheduleSection';
import { SettingsNotices } from '../../components/options/SettingsNotices';
import { ShortcutInfo } from '../../components/options/ShortcutInfo';
import { useNow } from '../../components/use-now';
import { WelcomePanel } from '../../components/options/WelcomePanel';
import { extensionVersion } from '../../utils/extension-version';
import { t } from '../../utils/i18n';
import { historyItem } from '../../utils/storage/history-item';
import { trackerItem } from '../../utils/storage/tracker-item';
import { MINUTE_MS } from '../../utils/time-scale';
import { OptionsPlatformContext } from '../../components/options/options-platform';
import { browserPlatform } from './browser-platform';
import { useStoredItem } from './use-stored-item';
import { useStoredSettings } from './use-stored-settings';

const NAV = ['reminders', 'schedule', 'exercises', 'history', 'data', 'shortcut', 'about'] as const;

export function App({ search = globalThis.location?.search ?? '' }: { search?: string }) {
  const { stored, errors, save, lastOutcome, saveFailed } = useStoredSettings();
  const { now } = useNow(30_000);
  const history = useStoredItem(historyItem);
  const tracker = useStoredItem(trackerItem);
  const [platform] = useState(browserPlatform);
  const [welcome, setWelcome] = useState(() => new URLSearchParams(search).get('welcome') === '1');

  const { log, dropped } = useMemo(() => parseHistory(history.raw), [history.raw]);
  const status = useMemo<Status | null>(() => {
    if (!stored || !tracker.loaded) return null;
    try {
      return statusFromStored(tracker.raw, stored.settings, now, MINUTE_MS);
    } catch {
      return null; // a status we cannot compute must not take the page down
    }
  }, [stored, tracker.raw, tracker.loaded, now]);

  const closeWelcome = () => {
    setWelcome(false);
    // Drop ?welcome=1 so a reload shows the normal page.
    globalThis.history?.replaceState(null, '', globalThis.location.pathname);
    document.getElementById('main')?.focus();
  };

  return (
    <OptionsPlatformContext.Provider value={platform}>
      <div class="page">
        <a class="skip-link" href="#main">
          {t('options_skip')}
        </a>
        <header class="masthead">
          <img class="masthead__logo" src="/icon/128.png" alt="" width="40" height="40" />
          <div>
            <h1 class="masthead__title">{t('options_title')}</h1>
            <p class="masthead__subtitle">{t('options_subtitle')}</p>
          </div>
        </header>
        <div class="layout">
          <nav class="sidenav" aria-label={t('options_nav_label')}>
            <ul>
              {NAV.map((id) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(`options_nav_${id}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <main id="main" class="content" tabIndex={-1}>
            {!stored ? (
              <p class="muted" role="status">
                {t('options_loading')}
              </p>
            ) : (
              <>
                <SettingsNotices stored={stored} saveFailed={saveFailed} />
                {welcome && <WelcomePanel settings={stored.settings} errors={errors} save={save} onClose={closeWelcome} />}
                <RemindersSection settings={stored.settings} errors={errors} save={save} />
                <ScheduleSection settings={stored.settings} errors={errors} save={save} status={status} now={now} />
                <ExercisesSection settings={stored.settings} errors={errors} save={save} />
                <HistorySection entries={log.entries} dropped={dropped} now={now} />
                <DataSection settings={stored.settings} history={log.entries} />
                <ShortcutInfo />
                <SafetySection version={extensionVersion()} />
              </>
            )}
          </main>
        </div>
        <SavedStatus outcome={lastOutcome} />
      </div>
    </OptionsPlatformContext.Provider>
  );
}
