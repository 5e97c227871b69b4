import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';
import { requireFirefoxLangpack } from './harness/firefox-langpack';
import { documentLanguage, englishLeft, messages, readable } from './harness/language-scan';
import { screenshotPath } from './harness/paths';
import { until } from './harness/until';

/**
 * Real Firefox ESR started in German and in Spanish (`intl.locale.requested`,
 * with Debian's langpack installed): the browser's UI language really is that
 * language, and the popup, the safety text, a running minute, the options page
 * and the break notification read entirely in it, with `<html lang>` set;
 * screenshots of each. The e2e build (1-s settings minutes) lets the prompt
 * come within seconds.
 */
declare const browser: typeof import('wxt/browser').browser;

const POPUP = { width: 360, height: 600 };

interface Captured {
  title: string;
  message: string;
}

/** Fills `$1` in a message as browser.i18n does. */

describe.each([
  ['de', /Glute Break vermittelt/],
  ['es', /Glute Break ofrece/],
])('Firefox ESR with intl.locale.requested = %s', (locale, disclaimer) => {
  let ext: FirefoxExtension;
  const local = messages(locale);
  beforeAll(async () => {
    requireFirefoxLangpack(locale);
    ext = await launchFirefox({
      build: 'e2e',
      // The background stays loaded, so the notification hook below stays in place until the prompt.
      prefs: { 'intl.locale.requested': locale, 'extensions.background.idle.timeout': 600_000 },
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  const shot = async (page: Page, name: string) => {
    const file = screenshotPath(name) as `${string}.png`;
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };

  it('runs the browser itself in that language, and the extension with it', async () => {
    const seen = await ext.inExtension(() => ({
      ui: browser.i18n.getUILanguage(),
      text: browser.i18n.getMessage('text_language'),
      accept: navigator.languages[0] ?? '',
    }));
    // Spanish comes from the es-ES langpack: the UI language is "es-ES", the messages those of `es`.
    expect(seen.ui).toMatch(new RegExp(`^${locale}(-|$)`));
    expect(seen.accept).toMatch(new RegExp(`^${locale}(-|$)`));
    expect(seen.text).toBe(locale);
  });

  it('the popup, the safety text and a running minute read in that language, with <html lang> set', async () => {
    const page = await ext.openPage('popup.html', 'main article.card h2');
    await page.setViewport(POPUP);
    expect(await documentLanguage(page)).toMatch(new RegExp(`^${locale}`));
    expect(englishLeft(await readable(page), locale)).toEqual([]);
    await shot(page, `popup-firefox-${locale}`);

    await page.bringToFront();
    expect(await page.$eval('.actions .btn--primary', (el) => el.textContent)).toBe(local.popup_start!.message);
    await page.click('.actions .btn--primary');
    await page.waitForSelector('[data-testid="safety-intro"]');
    expect(await page.$eval('[data-testid="safety-intro"]', (el) => el.textContent ?? '')).toMatch(disclaimer);
    expect(englishLeft(await readable(page), locale)).toEqual([]);
    await shot(page, `popup-safety-firefox-${locale}`);

    await page.click('[data-testid="safety-intro"] .btn--primary');
    await page.waitForSelector('.ring__value');
    expect(englishLeft(await readable(page), locale)).toEqual([]);
    await shot(page, `popup-running-firefox-${locale}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
    // Stop: a running minute holds back the prompt the notification test waits for.
    const controls = await page.$$('.session__controls .btn');
    await controls.at(-1)!.click();
    await page.waitForSelector('.actions .btn--primary');
    await page.close();
  });

  it('the options page reads in that language, Firefox shortcut help and safety text included', async () => {
    const page = await ext.openPage('options.html', '#reminders h2');
    await page.setViewport({ width: 900, height: 1400 });
    expect(await documentLanguage(page)).toMatch(new RegExp(`^${locale}`));
    expect(await page.$eval('#reminders h2', (el) => el.textContent)).toBe(local.options_reminders_title!.message);
    const text = await readable(page);
    expect(text).toMatch(disclaimer);
    expect(text).toContain(local.options_shortcut_howFirefox!.message);
    expect(englishLeft(text, locale)).toEqual([]);
    expect(text).not.toMatch(/When to get your back checked|I am pregnant|Desk version of/);
    await shot(page, `options-firefox-${locale}`);
    // The file picker is ours, in that language: Firefox's own "Browse… No file selected." stays hidden.
    expect(await page.$eval('label[for="import-file"]', (el) => el.textContent)).toBe(local.options_import_choose!.message);
    expect(await page.$eval('#import-file-name', (el) => el.textContent)).toBe(local.options_import_noFile!.message);
    expect(await page.$eval('#import-file', (el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await (await page.$('#data'))!.screenshot({ path: screenshotPath(`options-data-firefox-${locale}`) as `${string}.png` });
    await page.close();
  });

  it('the break notification the background shows, and the badge title, are in that language', async () => {
    // Record what the background passes to notifications.create (headless
    // Firefox shows no notification and keeps none to read back).
    await ext.inExtension(async () => {
      const bg = (await browser.runtime.getBackgroundPage()) as unknown as { browser: typeof browser; __shown?: unknown[] };
      const notifications = bg.browser.notifications as unknown as Record<string, unknown>;
      const create = notifications.create as (...a: unknown[]) => Promise<string>;
      bg.__shown = [];
      notifications.create = (...args: unknown[]) => {
        bg.__shown!.push(args[1]);
        return create.apply(bg.browser.notifications, args);
      };
    });
    await ext.inExtension((s) => browser.storage.sync.set({ settings: s }), {
      ...DEFAULT_SETTINGS,
      safetyAcknowledged: true,
      intervalMin: 10,
      repeatNudges: false,
    });
    const shown = (await until(
      () =>
        ext.inExtension(async () => {
          const bg = (await browser.runtime.getBackgroundPage()) as unknown as { __shown?: Captured[] };
          return bg.__shown?.[0] ?? null;
        }),
      (v): v is Captured => v !== null,
      60_000,
      250,
    )) as Captured;
    // "<how long you sat, naming the exercise: one of the phrasings> <what to do> <click to start>", all in that language.
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = [local.bg_notif_message_seated!.message, local.bg_notif_message_plain!.message];
    const phrasings = Object.entries(local).flatMap(([k, v]) => (/^bg_prompt_\d$/.test(k) ? [v.message] : []));
    const patterns = phrasings.flatMap((p) =>
      line.map((l) => {
        const opening = esc(p)
          .replace('\\$1', () => '\\d+')
          .replace('\\$2', () => '.+');
        return new RegExp(`^${esc(local.bg_notif_message_click!.message).replace('\\$1', () => `${opening} ${esc(l)}`)}$`);
      }),
    );
    expect(phrasings).toHaveLength(8);
    expect(patterns.some((r) => r.test(shown.message))).toBe(true);
    const [before, after] = local.bg_notif_title!.message.split('$1') as [string, string];
    expect(shown.title.startsWith(before) && shown.title.endsWith(after)).toBe(true);
    expect(englishLeft(`${shown.title}\n${shown.message}`, locale)).toEqual([]);
    // The toolbar's tooltip is an effect applied after the notification's: wait for it.
    const due = local.bg_badge_title_due!.message;
    expect(
      await until(
        () => ext.inExtension(() => browser.action.getTitle({})),
        (title) => title === due,
        10_000,
      ),
    ).toBe(due);
    expect(ext.consoleErrors).toEqual([]);
    expect(ext.foreignRequests).toEqual([]);
  });
});
