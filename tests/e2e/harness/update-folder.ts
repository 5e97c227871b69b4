import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ChromiumExtension } from './chromium';
import { OUT_DIR } from './paths';

/**
 * One fixed folder the extension is loaded from across an update. Chromium
 * derives an unpacked extension's id from its folder path, so keeping the path
 * keeps the id, and with it the extension's storage in the profile.
 */
export function updateFolder(browser: 'chrome' | 'firefox'): string {
  return path.join(OUT_DIR, 'update-test', `${browser}-mv3`);
}

/** Replaces the folder's contents with `build` (the folder itself stays). */
export function putBuildInto(folder: string, build: string): void {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name), { recursive: true, force: true });
  cpSync(build, folder, { recursive: true });
}

/** Launch flag that lets CDP load an unpacked extension (needed by `updateInPlace`). */
export const UPDATABLE = ['--enable-unsafe-extension-debugging'];

/**
 * Installs what the extension's folder now holds over the running extension,
 * as the store does: CDP `Extensions.loadUnpacked` on the same folder replaces
 * the extension in place (same id and storage), registers the new service
 * worker and fires `runtime.onInstalled` with reason "update".
 *
 * Only replacing the files and restarting is not an update in Chromium: the
 * profile keeps the old service worker's script and runs it again (checked with
 * Chromium 156), while pages load the new files.
 *
 * Resolves once `storage.local` satisfies `ready` as seen by the new worker.
 */
export async function updateInPlace(
  ext: ChromiumExtension,
  folder: string,
  ready: (local: Record<string, unknown>) => boolean,
  timeout = 20_000,
): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser behind the context: cannot open a browser CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: folder } as never)) as { id: string };
  if (id !== ext.extensionId) throw new Error(`the update was installed as ${id}, not over ${ext.extensionId}`);
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`));
    const local = await worker
      ?.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.get(null))
      .catch(() => undefined);
    if (local && ready(local)) return;
    if (Date.now() > deadline) throw new Error(`the updated extension never became ready (storage: ${JSON.stringify(local)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
