import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../content/sources';
import { flattenText } from '../../core/i18n/text-tree';
import { pseudoBuild } from '../../scripts/pseudo-locale';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { checkLayout } from './harness/layout-check';
import { englishLeft, readable } from './harness/language-scan';
import { extensionDir, tempProfile } from './harness/paths';

/**
 * Text expansion in real Chromium at the popup's 360 × 600: a pseudo-locale
 * build (every UI message accented, bracketed and 40 % longer) and the real
 * German and Spanish builds. In each: the popup's card with every menu open
 * in turn, a running minute, and the options page show no clipped text, no
 * text off-screen sideways and no overlapping buttons; in the pseudo-locale,
 * no visible UI text lacks the markers (= does not come from a message).
 * The exercise and safety texts stay English in the pseudo build (they are
 * compiled into the scripts); German, the longest real language, covers them.
 */
const POPUP = { width: 360, height: 600 };

/** English exercise, name and safety texts: in the pseudo build they are the only unmarked text allowed. */
const ENGLISH_CONTENT = [...Object.values(import.meta.glob('../../content/text/en/*.ts', { eager: true, import: 'default' })), SOURCES]
  .flatMap((tree) => Object.values(flattenText(tree)))
  .filter((s) => s.length > 2)
  .sort((a, b) => b.length - a.length);

/** Words Intl or the browser writes (units, weekdays), not our messages. */
const INTL_WORDS = new Set(['min', 'am', 'pm', 'alt', 'shift']);

/** Visible words outside every ⟦…⟧ message and every catalogue text. */
function unmarkedWords(text: string): string[] {
  let rest = text;
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  for (const content of ENGLISH_CONTENT) rest = rest.split(content).join(' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !INTL_WORDS.has(w.toLowerCase()));
}

const pseudoDir = tempProfile('pseudo-build');

describe.each([
  ['pseudo', 'en-US'],
  ['de', 'de'],
  ['es', 'es'],
])('layout at 360 × 600 in %s', (flavour, lang) => {
  let ext: ChromiumExtension;
  const found: string[] = [];
  const pseudo = flavour === 'pseudo';

  /** Layout problems, plus (pseudo) unmarked words or (de, es) English sentences, tagged with where they were seen. */
  const inspect = async (page: Page, where: string) => {
    const text = await readable(page);
    const wrong = pseudo ? unmarkedWords(text).map((w) => `untranslated "${w}"`) : englishLeft(text, flavour).map((m) => `English "${m}"`);
    for (const p of [...(await checkLayout(page)), ...wrong]) found.push(`${where}: ${p}`);
    await ext.screenshot(page, `layout-${where}-${flavour}`);
  };

  beforeAll(async () => {
    const dir = pseudo ? pseudoBuild(extensionDir('chrome'), `${pseudoDir}/chrome-mv3`) : undefined;
    ext = await launchChromium({ locale: lang, args: [`--lang=${lang}`], ...(dir ? { extensionDir: dir } : {}) });
  });
  afterAll(async () => {
    await ext?.close();
    if (pseudo) rmSync(pseudoDir, { recursive: true, force: true });
  });

  it('the popup: the card, each of its menus open, the safety text and a running minute', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.locator('main article.card h2').waitFor();
    if (pseudo) expect(await page.locator('.actions .btn--primary').innerText()).toMatch(/^⟦/);
    await inspect(page, 'popup');
    const menus = page.locator('details.menu > summary, details.interval > summary');
    const count = await menus.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      await menus.nth(i).click();
      await page.locator('details[open]').first().waitFor();
      await inspect(page, `popup-menu${i + 1}`);
      await page.keyboard.press('Escape');
      await page.locator('details[open]').waitFor({ state: 'detached' });
    }
    await page.locator('.actions .btn--primary').click();
    await page.getByTestId('safety-intro').waitFor();
    await inspect(page, 'popup-safety');
    await page.getByTestId('safety-intro').locator('.btn--primary').click();
    await page.locator('.ring__value').waitFor();
    await inspect(page, 'popup-running');
    await page.close();
    expect(found).toEqual([]);
  });

  it('the options page', async () => {
    found.length = 0;
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('#reminders h2').waitFor();
    await inspect(page, 'options');
    await page.close();
    expect(found).toEqual([]);
  });

  it('would catch clipped text, text off-screen and overlapping buttons', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('#reminders h2').waitFor();
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML =
        '<p id="t-clip" style="width:60px;overflow:hidden;white-space:nowrap">a sentence far too long for its box</p>' +
        '<button id="t-a" style="position:relative">one</button><button id="t-b" style="position:relative;left:-20px">two</button>';
      document.getElementById('reminders')!.prepend(box);
      const off = document.createElement('p');
      off.id = 't-off';
      off.style.cssText = 'position:absolute;top:0;left:330px;white-space:nowrap';
      off.textContent = 'beyond the edge';
      document.body.append(off);
    });
    const problems = (await checkLayout(page)).join('\n');
    expect(problems).toMatch(/clipped sideways .*p#t-clip/);
    expect(problems).toMatch(/text outside the viewport .*p#t-off/);
    expect(problems).toMatch(/buttons overlap .*button#t-a.*button#t-b/);
    await page.close();
  });
});
