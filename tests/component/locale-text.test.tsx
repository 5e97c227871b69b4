// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleTextContext } from '../../components/locale-text-context';
import { CATALOGUE } from '../../content/catalogue';
import { loadLocaleText } from '../../content/locale-text';
import { redFlagsOf } from '../../content/safety';
import ENGLISH_SAFETY from '../../content/text/en/safety';
import { exerciseNameKey } from '../../core/i18n/exercise-name-key';
import { flattenText } from '../../core/i18n/text-tree';
import { filterCatalogue } from '../../core/picker/picker';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { readMessages } from '../../scripts/i18n-report';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { t } from '../../utils/i18n';
import { useMessages } from '../setup';
import { mountPopup } from './popup-fixtures';

afterEach(cleanup);

/** English health sentences (long enough to be sentences, not shared words like "Glute Break"). */
const ENGLISH_SENTENCES = Object.values(flattenText(ENGLISH_SAFETY)).filter((s) => s.length > 12 && !s.includes('$'));

describe.each(['de', 'es'])('a browser in %s', (lang) => {
  it('the options page shows the safety text, red flags and screening in that language, none of it in English', async () => {
    useMessages(lang);
    const text = await loadLocaleText(lang);
    render(
      <LocaleTextContext.Provider value={text}>
        <OptionsApp search="?welcome=1" />
      </LocaleTextContext.Provider>,
    );
    await screen.findByRole('heading', { level: 2, name: t('options_reminders_title') });
    await waitFor(() => expect(document.body.textContent).toContain(text.safety.screeningNote));
    const page = document.body.textContent ?? '';
    expect(page).toContain(text.safety.disclaimer);
    for (const flag of redFlagsOf(text.safety)) expect(page).toContain(flag.sign);
    for (const p of Object.values(text.safety.precautions)) expect(page).toContain(p.label);
    expect(page).toContain(text.safety.screeningNote);
    expect(ENGLISH_SENTENCES.filter((s) => page.includes(s))).toEqual([]);
  });

  it('answering "hip replacement" lists the exercises it hides by their names in that language', async () => {
    useMessages(lang);
    const text = await loadLocaleText(lang);
    render(
      <LocaleTextContext.Provider value={text}>
        <OptionsApp search="" />
      </LocaleTextContext.Provider>,
    );
    await screen.findByRole('heading', { level: 2, name: t('options_reminders_title') });
    fireEvent.click(await screen.findByRole('checkbox', { name: new RegExp(text.safety.precautions['hip-replacement'].label) }));
    const messages = readMessages(lang);
    const hidden = filterCatalogue(CATALOGUE, DEFAULT_SETTINGS.exercises).filter((e) => e.precautions.includes('hip-replacement'));
    expect(hidden.length).toBeGreaterThan(0);
    await waitFor(() => {
      const summary = screen.getByTestId('options-screening-removed').textContent ?? '';
      expect(hidden.map((e) => messages[exerciseNameKey(e.id)]!.message).filter((name) => !summary.includes(name))).toEqual([]);
    });
  });

  it('a first-time user pressing Start reads the safety text in that language', async () => {
    useMessages(lang);
    const text = await loadLocaleText(`${lang}-XX`);
    await mountPopup({ settings: { safetyAcknowledged: false } }, false, lang, text);
    fireEvent.click(screen.getByRole('button', { name: t('popup_start') }));
    const intro = await screen.findByTestId('safety-intro');
    expect(intro.textContent).toContain(text.safety.disclaimer);
    for (const flag of redFlagsOf(text.safety)) expect(intro.textContent).toContain(flag.sign);
    expect(ENGLISH_SENTENCES.filter((s) => intro.textContent!.includes(s))).toEqual([]);
  });
});

describe('choosing the text language', () => {
  it.each([
    ['de-AT', 'de'],
    ['es-419', 'es'],
    ['fr', 'en'],
    ['en-GB', 'en'],
  ])('%s reads the %s text', async (tag, locale) => {
    expect((await loadLocaleText(tag)).locale).toBe(locale);
  });
});
