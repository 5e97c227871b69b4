import { BREAK_WINDOW } from '../../utils/break-window';
import { browser, type Browser } from 'wxt/browser';
import type { NamedEntry } from '../../content/worker-catalogue';
import { t, tCount } from '../../utils/i18n';

/**
 * The visible side of a prompt: notification, toolbar badge, break window
 * (the icon and tooltip: toolbar.ts).
 * All text through t(); keys prefixed bg_ in public/_locales/en/messages.json.
 */
export const NOTIFICATION_ID = 'glute-break:prompt';
const BADGE_COLOR = '#B3261E'; // attention red, readable with white text

export function notificationOptions(
  exercise: Pick<NamedEntry, 'name' | 'position'> | undefined,
  nudge: number,
  snoozeMin: number,
  firefox: boolean,
  snoozesLeft: number,
): Browser.notifications.NotificationCreateOptions {
  const title = exercise
    ? t(nudge > 0 ? 'bg_notif_nudge_title' : 'bg_notif_title', exercise.name)
    : t(nudge > 0 ? 'bg_notif_nudge_title_plain' : 'bg_notif_title_plain');
  // One line of what to do. A seated exercise at a prompt starts with standing up
  // (the worker has no steps loaded). Firefox has no buttons, so say that a click starts it.
  const what = t(exercise?.position === 'seated' ? 'bg_notif_message_seated' : 'bg_notif_message_plain');
  // After the last snooze the prompt says, calmly, why it offers only Start and Skip.
  const line = snoozesLeft > 0 ? what : t('bg_notif_no_snooze_left', what);
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message: firefox ? t('bg_notif_message_click', line) : line,
  };
  if (!firefox) {
    const second = snoozesLeft > 0 ? tCount('bg_notif_snooze_left', snoozesLeft, snoozeMin) : t('bg_notif_skip');
    options.buttons = [{ title: t('bg_notif_start') }, { title: second }];
    options.priority = 2;
  }
  return options;
}

export async function setDueBadge(due: boolean): Promise<void> {
  await browser.action.setBadgeText({ text: due ? '!' : '' });
  if (due) {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setBadgeTextColor?.({ color: '#FFFFFF' });
  }
}

let breakWindowId: number | undefined;

/** action.openPopup(), which may be missing, throw, or reject (no focused window, no user gesture). */
export function tryOpenPopup(): Promise<boolean> {
  try {
    return browser.action.openPopup().then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** The popup where action.openPopup() works, else the popup page in a small window (one at a time). */
export async function openBreak(popupOpened?: Promise<boolean>): Promise<'popup' | 'window'> {
  const opened = popupOpened ?? tryOpenPopup();
  if (await opened) return 'popup';
  if (breakWindowId !== undefined) {
    try {
      await browser.windows.update(breakWindowId, { focused: true });
      const w = await browser.windows.get(breakWindowId);
      if (w) return 'window';
    } catch {
      // closed since: open a new one
    }
  }
  const w = await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?window=break'),
    type: 'popup',
    focused: true,
    ...BREAK_WINDOW,
  });
  breakWindowId = w?.id;
  return 'window';
}
