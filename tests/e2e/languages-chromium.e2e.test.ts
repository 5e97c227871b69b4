import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { documentLanguage, englishLeft, messages, readable } from './harness/language-scan';

/**
 * Real Chromium started in German and in Spanish (`--lang`): the popup, the
 * safety text before the first minute, a running minute and the options page
 * read entirely in that language, with `<html lang>` set; screenshots of each.
 */
const POPUP = { width: 360, height: 600 };
// `chrome` inside inWorker is the worker's extension API.
declare const chrome: typeof import('wxt/browser').browser;

describe.each([
  ['de', 'Fertig. Gut gemacht.', /Glute Break vermittelt/],
  ['es', 'Listo. Buen trabajo.', /Glute Break ofrece/],
])('Chromium in %s', (locale, _done, disclaimer) => {
  let ext: ChromiumExtension;
  const local = messages(locale);
  beforeAll(async () => {
    ext = await launchChromium({ locale, args: [`--lang=${locale}`] });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the popup, the safety text and a running minute read in that language, with <html lang> set', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await documentLanguage(page)).toMatch(new RegExp(`^${locale}`));
    // The card's title is the exercise's name in this language (a UI message, exercise_<id>).
    const localNames = Object.entries(local)
      .filter(([key]) => key.startsWith('exercise_'))
      .map(([, m]) => m.message);
    expect(localNames).toContain(await page.getByRole('heading', { level: 2 }).first().innerText());
    expect(englishLeft(await readable(page), locale)).toEqual([]);
    await ext.screenshot(page, `popup-${locale}`);

    await page.getByRole('button', { name: local.popup_start!.message }).click();
    await page.getByTestId('safety-intro').waitFor();
    expect(await page.getByTestId('safety-intro').innerText()).toMatch(disclaimer);
    expect(englishLeft(await readable(page), locale)).toEqual([]);
    await ext.screenshot(page, `popup-safety-${locale}`);

    await page.getByRole('button', { name: local.common_safety_intro_ok!.message }).click();
    await page.locator('.ring__value').waitFor();
    expect(englishLeft(await readable(page), locale)).toEqual([]);
    await ext.screenshot(page, `popup-running-${locale}`);
    // Nothing is cut off sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
    await page.close();
  });

  it('the options page reads in that language, safety text and screening included', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 900, height: 1400 });
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('heading', { level: 2, name: local.options_reminders_title!.message }).waitFor();
    expect(await documentLanguage(page)).toMatch(new RegExp(`^${locale}`));
    const text = await readable(page);
    expect(text).toMatch(disclaimer);
    expect(englishLeft(text, locale)).toEqual([]);
    expect(text).not.toMatch(/When to get your back checked|I am pregnant|Desk version of/);
    await ext.screenshot(page, `options-${locale}`);
    await page.close();
  });

  it('the worker serves this language to the notification', async () => {
    expect(await ext.inWorker(() => chrome.i18n.getMessage('text_language'))).toBe(locale);
    expect(await ext.inWorker(() => chrome.i18n.getMessage('bg_notif_message_seated'))).toBe(local.bg_notif_message_seated!.message);
    // The notification's exercise name is a message too (utils/exercise-name.ts): no names bundled in the worker.
    expect(await ext.inWorker(() => chrome.i18n.getMessage('exercise_clamshell'))).toBe(local.exercise_clamshell!.message);
  });
});
