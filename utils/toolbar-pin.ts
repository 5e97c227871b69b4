import { browser } from 'wxt/browser';

interface ActionUserSettings {
  isOnToolbar?: boolean;
}
type ActionWithSettings = {
  getUserSettings?: () => Promise<ActionUserSettings>;
  onUserSettingsChanged?: {
    addListener(cb: (s: ActionUserSettings) => void): void;
    removeListener(cb: (s: ActionUserSettings) => void): void;
  };
};

const action = () => browser.action as unknown as ActionWithSettings | undefined;

/**
 * Chrome: whether the toolbar icon is pinned (action.getUserSettings, no permission). Null where the
 * browser cannot say (Firefox, which places the icon on the toolbar itself).
 */
export async function readPinned(): Promise<boolean | null> {
  try {
    const get = action()?.getUserSettings;
    if (typeof get !== 'function') return null;
    const settings = await get.call(browser.action);
    return typeof settings?.isOnToolbar === 'boolean' ? settings.isOnToolbar : null;
  } catch {
    return null;
  }
}

/** Calls `cb` whenever the person pins or unpins the icon; returns the unsubscribe. */
export function watchPinned(cb: (pinned: boolean) => void): () => void {
  const event = action()?.onUserSettingsChanged;
  if (!event) return () => undefined;
  const listener = (s: ActionUserSettings) => {
    if (typeof s.isOnToolbar === 'boolean') cb(s.isOnToolbar);
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
