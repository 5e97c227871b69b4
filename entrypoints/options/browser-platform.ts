import { browser } from 'wxt/browser';
import type { OptionsPlatform } from '../../components/options/options-platform';
import { BREAK_WINDOW, START_BREAK_COMMAND } from '../../utils/break-window';
import { sendAction, sendRequest } from '../../utils/messaging/send-request';
import { readPinned, watchPinned } from '../../utils/toolbar-pin';

const isFirefox = import.meta.env.FIREFOX;

/** Chrome only: Firefox has no notifications.getPermissionLevel, so it never warns. */
async function notificationPermission(): Promise<'granted' | 'denied' | 'unknown'> {
  try {
    const get = (browser.notifications as { getPermissionLevel?: () => Promise<string> } | undefined)?.getPermissionLevel;
    if (typeof get !== 'function') return 'unknown';
    return (await get.call(browser.notifications)) === 'denied' ? 'denied' : 'granted';
  } catch {
    return 'unknown';
  }
}

async function readShortcut(): Promise<string | undefined> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === START_BREAK_COMMAND)?.shortcut ?? '';
  } catch {
    return undefined; // no commands API here (tests, unusual builds): show the suggested key
  }
}

function shortcutOpener(): (() => void) | null {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (!isFirefox) return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return typeof commands?.openShortcutSettings === 'function' ? () => void commands.openShortcutSettings?.() : null;
}

/** The break window the worker opens for a prompt, told to start its minute at once (`start=1`). */
async function tryMinute(): Promise<boolean> {
  try {
    const url = browser.runtime.getURL('/popup.html?window=break&start=1');
    return (await browser.windows.create({ url, type: 'popup', focused: true, ...BREAK_WINDOW })) !== undefined;
  } catch {
    return false;
  }
}

/** The options page's view of the browser, for components/options (OptionsPlatformContext). */
export function browserPlatform(): OptionsPlatform {
  return {
    send: sendRequest,
    sendAction,
    browserName: isFirefox ? 'firefox' : 'chrome',
    tryMinute,
    notificationPermission,
    shortcuts: { read: readShortcut, open: shortcutOpener(), firefox: isFirefox },
    pinned: { read: readPinned, watch: watchPinned },
  };
}
