import { START_BREAK_COMMAND } from '../../utils/break-window';
import { browser } from 'wxt/browser';
import type { Activity } from '../../core/engine';
import { isRequest } from '../../core/messages';
import { dropOldVersionMarks } from '../../utils/storage/old-version-marks';
import { localSettingsItem, syncSettingsItem } from '../../utils/storage/settings-items';
import { createBackground, type BackgroundApp, type BackgroundDeps } from './background-app';
import { ALARM_NAME } from './ensure-alarm';
import { openWelcome, readStoredAtStart } from './open-welcome';
import { NOTIFICATION_ID, tryOpenPopup } from './prompt-ui';

/**
 * Registers every listener synchronously (a restarted worker only receives
 * the event that woke it if its listener exists by the end of the first
 * turn), then reconciles: catches up elapsed time from stored timestamps,
 * re-creates the alarm if missing or wrong, restores the badge.
 */
export function startBackground(deps: BackgroundDeps): BackgroundApp {
  const storedAtStart = readStoredAtStart();
  const app = createBackground(deps);
  // Listeners fire and forget; the queue has already logged any failure.
  const fire = (p: Promise<unknown>) => void p.catch(() => undefined);
  const popupFirst = () => tryOpenPopup();

  browser.idle.onStateChanged.addListener((state) => fire(app.idleChanged(state as Activity)));

  // Natural pauses and the end of a call: no permission needed for any of these. Only the changes
  // that matter reach the engine (a tab's title or favicon is no event), and a no-op writes nothing.
  browser.tabs.onActivated.addListener(() => fire(app.switched()));
  browser.windows.onFocusChanged.addListener(() => fire(app.switched()));
  const onTabUpdated = (_id: number, change: object) => {
    if ('audible' in change || 'sharingState' in change) fire(app.dispatch({ type: 'media' }));
  };
  // Firefox filters the event itself, so a page loading or a title changing does not wake the event page.
  if (deps.firefox)
    (browser.tabs.onUpdated.addListener as (cb: typeof onTabUpdated, filter: object) => void)(onTabUpdated, {
      properties: ['audible', 'sharingState'],
    });
  else browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.tabs.onRemoved.addListener(() => fire(app.dispatch({ type: 'media' })));
  // Leaving fullscreen (Chrome; Firefox has no such event: its sign of life looks again).
  browser.windows.onBoundsChanged?.addListener(() => fire(app.dispatch({ type: 'media' })));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) fire(app.alarm(alarm.scheduledTime));
  });

  browser.runtime.onStartup.addListener(() => fire(app.reconcile('browser')));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    fire(app.reconcile('installed'));
    fire(openWelcome(reason, storedAtStart));
    if (reason === 'update') fire(dropOldVersionMarks());
  });

  // Settings are written by the pages (and by this worker for import/reset).
  syncSettingsItem.watch(() => fire(app.settingsChanged()));
  localSettingsItem.watch(() => fire(app.settingsChanged()));

  browser.runtime.onMessage.addListener((message: unknown) => (isRequest(message) ? app.handleRequest(message) : undefined));

  // Clicking the notification opens the break (Firefox has no buttons). The
  // popup is asked for before any await, while the click still counts as a gesture.
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    fire(app.dispatch({ type: 'action', action: { kind: 'startBreak' } }, { popupOpened: popupFirst() }));
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (id !== NOTIFICATION_ID) return;
    if (index === 0) fire(app.dispatch({ type: 'action', action: { kind: 'startBreak' } }, { popupOpened: popupFirst() }));
    // The second button snoozes while snoozes are left, then reads "Skip this break" (prompt-ui.ts).
    else fire(app.dispatch({ type: 'action', action: { kind: 'snooze', orSkip: true } }));
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === START_BREAK_COMMAND) {
      fire(app.dispatch({ type: 'action', action: { kind: 'startBreak' } }, { popupOpened: popupFirst() }));
    }
  });

  // The mark lets `npm run bench` time worker start → reconcile done.
  fire(app.reconcile('worker').then(() => performance.mark('reconcile-done')));
  return app;
}
