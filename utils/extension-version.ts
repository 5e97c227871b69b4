import { browser } from 'wxt/browser';

/** The installed version from the manifest; undefined where there is none (the fake browser of component tests). */
export function extensionVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}
