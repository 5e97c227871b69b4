import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import type { Browser, browser as WxtBrowser } from 'wxt/browser';
import { GECKO_ID } from '../../../wxt.config';
import { findBrowser } from './browsers';
import { extensionDir, screenshotPath, type BuildKind } from './paths';

/**
 * The Firefox e2e harness: Debian's firefox-esr, headless, driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver). The built extension is
 * installed as a temporary add-on with a fixed UUID, so its pages have a known
 * moz-extension:// origin.
 *
 * Firefox drops load events for extension pages, so pages are opened with a
 * BiDi navigate that does not wait, then polled until ready.
 */
const FIREFOX_UUID = '5b0e7c1e-8f1a-4c1e-9d3e-6a7f2b1c0d9e';

// In page.evaluate on an extension page, `browser` is the WebExtension API.
declare const browser: typeof WxtBrowser;

export interface FirefoxLaunchOptions {
  build?: BuildKind;
  /** A built extension folder to install instead of `build` (e.g. a past release). */
  dir?: string;
  /** Extra Firefox prefs, e.g. { 'extensions.background.idle.timeout': 1000 } to unload the event page between events. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxExtension {
  browser: PuppeteerBrowser;
  origin: string;
  openPage(pathAndQuery: string, readySelector?: string): Promise<Page>;
  /** Runs `fn` in an extension page (where `browser.*` is the extension API). */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  storage(area?: 'local' | 'sync'): Promise<Record<string, unknown>>;
  setStorage(items: Record<string, unknown>, area?: 'local' | 'sync'): Promise<void>;
  alarms(): Promise<Browser.alarms.Alarm[]>;
  screenshot(page: Page, name: string): Promise<string>;
  consoleErrors: string[];
  foreignRequests: string[];
  close(): Promise<void>;
}

const isOwnUrl = (url: string) =>
  url.startsWith(`moz-extension://${FIREFOX_UUID}/`) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtension> {
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox').path,
    headless: true,
    protocol: 'webDriverBiDi',
    // Without it Firefox refuses BiDi navigation to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...options.prefs,
    },
  });
  await ff.installExtension(options.dir ?? extensionDir('firefox', options.build ?? 'production'));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${String(e)}`));
    page.on('request', (r) => {
      if (!isOwnUrl(r.url())) foreignRequests.push(r.url());
    });
  };

  const openPage = async (pathAndQuery: string, readySelector = 'body') => {
    const page = await ff.newPage();
    watch(page);
    // puppeteer-core's BiDi frame exposes its browsing context; not in the public types.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<unknown> } };
    await frame.browsingContext.navigate(`${origin}/${pathAndQuery.replace(/^\//, '')}`, 'none');
    await page.waitForFunction((sel: string) => document.querySelector(sel) !== null, { timeout: 15_000 }, readySelector);
    return page;
  };

  // A static extension file as the place to call extension APIs from: it runs
  // none of our scripts, so reading storage there wakes and changes nothing.
  let control: Page | undefined;
  const inExtension = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    control ??= await openPage('manifest.json');
    return control.evaluate(fn as (a: unknown) => Promise<T>, arg) as Promise<T>;
  };

  return {
    browser: ff,
    origin,
    openPage,
    inExtension,
    storage: (area = 'local') => inExtension((a) => browser.storage[a as 'local'].get(null), area),
    async setStorage(items, area = 'local') {
      await inExtension(([i, a]) => browser.storage[a as 'local'].set(i as Record<string, unknown>), [items, area] as const);
    },
    alarms: () => inExtension(() => browser.alarms.getAll()),
    async screenshot(page, name) {
      const file = screenshotPath(name);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    consoleErrors,
    foreignRequests,
    close: () => ff.close(),
  };
}
