import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser, browser } from 'wxt/browser';
import { findBrowser } from './browsers';
import { extensionDir, screenshotPath, tempProfile, type BuildKind } from './paths';

/**
 * The Chromium e2e harness: Debian's chromium, headless, with the built
 * extension loaded unpacked. Gives tests the worker, the extension id, pages,
 * storage and alarms as the worker sees them, a worker kill (CDP
 * ServiceWorker.stopAllWorkers), a relaunch on the same profile, screenshots,
 * and a record of console errors and network requests.
 */
export interface LaunchOptions {
  build?: BuildKind;
  /** Reuse a profile (relaunch); a fresh temporary one by default. */
  userDataDir?: string;
  /** Install Playwright's fake clock in every page before it loads. */
  colorScheme?: 'light' | 'dark';
  /** Load the extension from this folder instead of the build's (an update test's fixed folder). */
  extensionDir?: string;
  /** More Chromium flags. */
  args?: string[];
  /** Headed, on this X display (an Xvfb the test started): real `chrome.idle` needs one. */
  display?: string;
  /** Let tabs play sound (Playwright mutes by default), with autoplay allowed. */
  unmuted?: boolean;
  /** UI language (Chromium `--lang`, navigator.language, Accept-Language). */
  locale?: string;
}

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  build: BuildKind;
  /** A live service worker: the running one, or a freshly started one. */
  worker(): Promise<Worker>;
  /** Runs `fn` in the service worker (where `chrome.*` is available). */
  inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  storage(area?: 'local' | 'sync' | 'session'): Promise<Record<string, unknown>>;
  setStorage(items: Record<string, unknown>, area?: 'local' | 'sync'): Promise<void>;
  alarms(): Promise<Browser.alarms.Alarm[]>;
  notifications(): Promise<Record<string, boolean>>;
  badgeText(): Promise<string>;
  openPage(pathAndQuery: string): Promise<Page>;
  /** Stops every service worker, as Chrome does after 30 s idle, and waits until it is gone. */
  killWorker(): Promise<void>;
  /** The worker's running status as Chrome reports it: running, stopped, starting, stopping. */
  workerStatus(): string;
  /** Closes the browser and starts it again on the same profile. */
  relaunch(): Promise<ChromiumExtension>;
  screenshot(page: Page, name: string): Promise<string>;
  /** URL of the welcome tab the worker opened on install (closed by the harness), or null. */
  welcomeUrl: string | null;
  /** Every welcome tab opened during this launch, including the one closed at launch. */
  welcomeTabs: string[];
  /** Console errors from pages and the worker, and page errors. */
  consoleErrors: string[];
  /** Every request to anything but the extension's own files. */
  foreignRequests: string[];
  close(): Promise<void>;
}

// Inside worker.evaluate the code runs in the extension's worker, where the
// `chrome` global is the extension API (same shape as WXT's `browser`).
declare const chrome: typeof browser;

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

const isOwnUrl = (url: string, id: string) =>
  url.startsWith(`chrome-extension://${id}/`) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumExtension> {
  const build = options.build ?? 'production';
  const dir = options.extensionDir ?? extensionDir('chrome', build);
  const userDataDir = options.userDataDir ?? tempProfile('chromium');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser('chromium').path,
    headless: options.display === undefined,
    ...(options.display !== undefined ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    ...(options.unmuted ? { ignoreDefaultArgs: ['--mute-audio'] } : {}),
    colorScheme: options.colorScheme ?? 'light',
    ...(options.locale ? { locale: options.locale } : {}),
    viewport: { width: 800, height: 700 },
    args: [
      ...FLAGS,
      ...(options.unmuted ? ['--autoplay-policy=no-user-gesture-required'] : []),
      ...(options.args ?? []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });

  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;

  const watchWorker = (w: Worker) => {
    w.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`worker: ${m.text()}`);
    });
  };
  watchWorker(first);
  context.on('serviceworker', watchWorker);
  // Every tab that showed the welcome page, counted once per tab.
  const welcomeTabs: string[] = [];
  const welcomed = new WeakSet<Page>();
  const noteWelcome = (p: Page) => {
    if (welcomed.has(p) || !p.url().includes('options.html?welcome=1')) return;
    welcomed.add(p);
    welcomeTabs.push(p.url());
  };
  const watchWelcome = (p: Page) => {
    noteWelcome(p);
    p.on('framenavigated', () => noteWelcome(p));
  };
  context.pages().forEach(watchWelcome);
  context.on('page', (p) => {
    watchWelcome(p);
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: ${e.message}`));
  });
  context.on('request', (r) => {
    if (!isOwnUrl(r.url(), extensionId)) foreignRequests.push(r.url());
  });

  // Playwright keeps one Worker object across a CDP stop and restart and fires
  // no event for either, so the worker's real state comes from CDP, through a
  // control tab on a static extension file that runs no script of ours.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/manifest.json`);
  const cdp = await context.newCDPSession(control);
  const scope = `chrome-extension://${extensionId}/`;
  let status = 'running';
  const statusWaiters: { want: string; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const ours = e.versions.filter((v) => v.scriptURL.startsWith(scope) && v.status === 'activated');
    const last = ours.at(-1);
    if (!last) return;
    status = last.runningStatus;
    for (const w of statusWaiters.splice(0)) {
      if (w.want === status) w.resolve();
      else statusWaiters.push(w);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const untilStatus = (want: string, timeout = 15_000) =>
    status === want
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`worker never became ${want} (is ${status})`)), timeout);
          statusWaiters.push({ want, resolve: () => (clearTimeout(timer), resolve()) });
        });

  const liveWorker = async (): Promise<Worker> => {
    if (status !== 'running') {
      if (status !== 'starting') await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
      await untilStatus('running');
    }
    return context.serviceWorkers().find((w) => w.url().startsWith(scope)) ?? first;
  };

  // A fresh profile is a first install: the worker opens the welcome tab. Tests
  // learn its URL (`welcomeUrl`) and start from a browser without it.
  const isWelcome = (p: Page) => p.url().includes('options.html?welcome=1');
  let welcomePage = context.pages().find(isWelcome);
  for (let waited = 0; !welcomePage && !options.userDataDir && waited < 5_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    welcomePage = context.pages().find(isWelcome);
  }
  const welcomeUrl = welcomePage?.url() ?? null;
  await welcomePage?.close();

  const ext: ChromiumExtension = {
    context,
    extensionId,
    userDataDir,
    build,
    worker: liveWorker,
    async inWorker(fn, arg) {
      const w = await liveWorker();
      return w.evaluate(fn as (a: unknown) => never, arg);
    },
    storage(area = 'local') {
      return ext.inWorker((a) => chrome.storage[a as 'local'].get(null), area);
    },
    async setStorage(items, area = 'local') {
      await ext.inWorker(([i, a]) => chrome.storage[a as 'local'].set(i as Record<string, unknown>), [items, area] as const);
    },
    alarms() {
      return ext.inWorker(() => chrome.alarms.getAll());
    },
    notifications() {
      return ext.inWorker(() => chrome.notifications.getAll() as Promise<Record<string, boolean>>);
    },
    badgeText() {
      return ext.inWorker(() => chrome.action.getBadgeText({}));
    },
    async openPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery.replace(/^\//, '')}`);
      return page;
    },
    async killWorker() {
      // A stop that lands while a page is talking to the worker can be undone at
      // once (Chrome restarts it for the message), so ask again until it sticks.
      for (let attempt = 1; ; attempt += 1) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        try {
          await untilStatus('stopped', 5_000);
          return;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
    },
    workerStatus: () => status,
    async relaunch() {
      await context.close();
      return launchChromium({ ...options, build, userDataDir });
    },
    async screenshot(page, name) {
      const file = screenshotPath(name);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    consoleErrors,
    foreignRequests,
    welcomeUrl,
    welcomeTabs,
    close: () => context.close(),
  };
  return ext;
}

/**
 * Runs axe-core on a page; returns the serious and critical violations.
 * axe is evaluated over CDP: an injected <script> would be blocked by the
 * extension pages' CSP (script-src 'self').
 */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  const { createRequire } = await import('node:module');
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (c?: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
    };
    const result = await w.axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
