import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReplyTo, Request, UserAction } from '../../core/messages';

/**
 * Everything the options sections need from the browser, given by the
 * options entrypoint (entrypoints/options/browser-platform.ts), so that
 * components/ stays Preact only.
 */
export interface OptionsPlatform {
  /** A request to the worker; undefined when no worker answered. */
  send<R extends Request>(request: R): Promise<ReplyTo<R> | undefined>;
  sendAction(action: UserAction): Promise<ReplyTo<{ type: 'action'; action: UserAction }> | undefined>;
  /** Which browser: the welcome explains pinning the toolbar icon differently. */
  browserName: 'chrome' | 'firefox';
  /** Chrome: whether the toolbar icon is pinned, and its changes (null: the browser cannot say, Firefox). */
  pinned: { read(): Promise<boolean | null>; watch(cb: (pinned: boolean) => void): () => void };
  /** Opens the break window, which starts a guided minute at once; false when no window opened. */
  tryMinute(): Promise<boolean>;
  /** 'denied' when the browser blocks our notifications; 'unknown' where it cannot say (Firefox). */
  notificationPermission(): Promise<'granted' | 'denied' | 'unknown'>;
  shortcuts: {
    /** The start-break shortcut; '' when removed; undefined when it cannot be read. */
    read(): Promise<string | undefined>;
    /** Opens the browser's shortcut settings; null where no page can be opened. */
    open: (() => void) | null;
    firefox: boolean;
  };
}

export const OptionsPlatformContext = createContext<OptionsPlatform | null>(null);

export function useOptionsPlatform(): OptionsPlatform {
  const platform = useContext(OptionsPlatformContext);
  if (!platform) throw new Error('OptionsPlatformContext is not provided');
  return platform;
}
