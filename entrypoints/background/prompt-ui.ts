import { BREAK_WINDOW } from '../../utils/break-window';
import { browser, type Browser } from 'wxt/browser';
import type { NamedEntry } from '../../content/worker-catalogue';
import { PROMPT_PHRASINGS, type PromptWords } from '../../core/engine';
import { t, tCount, type MessageKey } from '../../utils/i18n';

/**
 * The visible side of a prompt: notification, toolbar badge, break window
 * (the icon and tooltip: toolbar.ts).
 * All text through t(); keys prefixed bg_ in public/_locales/en/messages.json.
 */
export const NOTIFICATION_ID = 'glute-break:prompt';
const BADGE_COLOR = '#B3261E'; // attention red, readable with white text

/**
 * The notification's words. The title names the exercise; the message says how long the person has
 * sat, in one of PROMPT_PHRASINGS phrasings (never the same twice in a row, the engine's choice), or
 * why it comes now (a call just ended, a long call, a snooze over), then what to do.
 */
export function notificationOptions(
  exercise: Pick<NamedEntry, 'name' | 'position'> | undefined,
  nudge: number,
  snoozeMin: number,
  firefox: boolean,
  snoozesLeft: number,
  words: PromptWords,
): Browser.notifications.NotificationCreateOptions {
  const title = exercise
    ? t(nudge > 0 ? 'bg_notif_nudge_title' : 'bg_notif_title', exercise.name)
    : t(nudge > 0 ? 'bg_notif_nudge_title_plain' : 'bg_notif_title_plain');
  // One line of what to do. A seated exercise at a prompt starts with standing up
  // (the worker has no steps loaded). Firefox has no buttons, so say that a click starts it.
  const what = t(exercise?.position === 'seated' ? 'bg_notif_message_seated' : 'bg_notif_message_plain');
  // After the last snooze the prompt says, calmly, why it offers only Start and Skip.
  const todo = snoozesLeft > 0 ? what : t('bg_notif_no_snooze_left', what);
  const line = `${opening(words, exercise?.name)} ${todo}`;
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

const PHRASES = [
  'bg_prompt_0',
  'bg_prompt_1',
  'bg_prompt_2',
  'bg_prompt_3',
  'bg_prompt_4',
  'bg_prompt_5',
  'bg_prompt_6',
  'bg_prompt_7',
] as const satisfies readonly MessageKey[];
const PLAIN_PHRASES = [
  'bg_prompt_plain_0',
  'bg_prompt_plain_1',
  'bg_prompt_plain_2',
  'bg_prompt_plain_3',
  'bg_prompt_plain_4',
  'bg_prompt_plain_5',
  'bg_prompt_plain_6',
  'bg_prompt_plain_7',
] as const satisfies readonly MessageKey[];

/** The first sentence: why now and how long the person has sat, naming the exercise. */
function opening(words: PromptWords, name: string | undefined): string {
  const next = name === undefined ? '' : ` ${t('bg_prompt_next', name)}`;
  switch (words.cause) {
    case 'callEnded':
      return t('bg_prompt_call_ended') + next;
    case 'longCall':
      return t('bg_prompt_long_call', words.callMin ?? words.satMin) + next;
    case 'snoozed':
      return t('bg_prompt_after_snooze', words.satMin) + next;
    default: {
      const i = words.phrase % PROMPT_PHRASINGS;
      return name === undefined ? t(PLAIN_PHRASES[i]!, words.satMin) : t(PHRASES[i]!, words.satMin, name);
    }
  }
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
