import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishHash } from '../../core/i18n/english-hash';
import { englishMessages, fromHashOf, stampDescription, translatedMessages, type MessagesFile } from '../../core/i18n/messages-file';
import { exerciseNameKey } from '../../core/i18n/exercise-name-key';
import { CATALOGUE } from '../../content/catalogue';
import { flattenText } from '../../core/i18n/text-tree';
import { translationGaps } from '../../core/i18n/translation-gaps';
import { catalogueEnglish } from '../../content/catalogue-text';
import { catalogueSource, i18nReport, readMessages, substitutionsOf, translatedLocales, uiSource } from '../../scripts/i18n-report';

const locales = translatedLocales();
const en = readMessages('en');

describe('the shipped languages', () => {
  it('are English, German and Spanish', () => {
    expect(locales).toEqual(['de', 'es']);
  });

  it.each(locales)('%s has every UI message, none stale, none extra', (locale) => {
    expect(i18nReport([uiSource()], [locale])[locale]?.ui).toEqual({ missing: [], stale: [], extra: [] });
  });

  it.each(locales)('%s uses the same $1…$9 values as the English in every message', (locale) => {
    const file = readMessages(locale);
    const mismatched = Object.keys(en).filter(
      (key) => file[key] && substitutionsOf(file[key].message).join() !== substitutionsOf(en[key]!.message).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(['en', ...locales])('%s store name and description fit the 132-character limit', (locale) => {
    const file = readMessages(locale);
    expect(file.extName?.message.length).toBeGreaterThan(0);
    expect(file.extName!.message.length).toBeLessThanOrEqual(45);
    expect(file.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

/** Locales with exercise text (a content/text/<locale>/ folder): once a language has one, its catalogue must be complete. */
const catalogueLocales = locales.filter((l) => existsSync(path.resolve(import.meta.dirname, `../../content/text/${l}`)));
const only = (prefix: string, keys: string[]) => keys.filter((k) => k.startsWith(prefix));

describe('the catalogue and safety text per language', () => {
  it('German has exercise text', () => {
    expect(catalogueLocales).toContain('de');
  });

  it.each(catalogueLocales)('%s has every exercise field, none stale, none extra', (locale) => {
    expect(i18nReport([catalogueSource()], [locale])[locale]?.catalogue).toEqual({ missing: [], stale: [], extra: [] });
  });

  it.each(locales)('%s has every safety, red flag, screening and provenance text, none stale', (locale) => {
    const gaps = i18nReport([catalogueSource()], [locale])[locale]!.catalogue!;
    expect({ missing: only('safety.', gaps.missing), stale: only('safety.', gaps.stale), extra: only('safety.', gaps.extra) }).toEqual({
      missing: [],
      stale: [],
      extra: [],
    });
  });

  it.each(locales)('%s has nothing stale or extra anywhere in the catalogue', (locale) => {
    const gaps = i18nReport([catalogueSource()], [locale])[locale]!.catalogue!;
    expect([gaps.stale, gaps.extra]).toEqual([[], []]);
  });

  it('covers all 40 exercises, every field, and the safety text', () => {
    const keys = Object.keys(catalogueEnglish());
    expect(new Set(keys.filter((k) => k.endsWith('.intensity')).map((k) => k.split('.')[0])).size).toBe(40);
    expect(keys).toContain('clamshell.intensity');
    expect(keys).toContain('clamshell.mistakes.1');
    expect(keys).toContain('safety.redFlags.bladder-bowel.sign');
    expect(keys).toContain('safety.tiers.emergency.title');
    expect(keys).toContain('safety.precautions.wheels.note');
    expect(keys).toContain('safety.precautions.pregnancy.label');
  });
});

describe('exercise names are UI messages (exercise_<id>), checked like every message', () => {
  const nameKeys = (file: MessagesFile) => Object.keys(file).filter((k) => k.startsWith('exercise_'));

  it('English names every exercise of the catalogue, and nothing else', () => {
    expect(nameKeys(en).sort()).toEqual(CATALOGUE.map((e) => exerciseNameKey(e.id)).sort());
  });

  it.each(locales)('%s names every exercise, each stamped with the English name it was translated from', (locale) => {
    const file = readMessages(locale);
    expect(nameKeys(file).filter((k) => fromHashOf(file[k]!) !== englishHash(en[k]!.message))).toEqual([]);
    expect(nameKeys(file).sort()).toEqual(nameKeys(en).sort());
  });

  it('a renamed exercise shows as stale in German until its name is translated again and stamped', () => {
    const english = { ...englishMessages(en), exercise_clamshell: 'Side-lying clamshell' };
    const gaps = translationGaps(english, translatedMessages(readMessages('de')));
    expect(gaps).toEqual({ missing: [], stale: ['exercise_clamshell'], extra: [] });
  });

  it.each(['en', ...locales])('%s names fit a notification title (at most 32 characters)', (locale) => {
    const file = readMessages(locale);
    expect(nameKeys(file).filter((k) => file[k]!.message.length > 32)).toEqual([]);
  });
});

describe('an English edit never makes a translation wrong silently', () => {
  const english = { greet: 'Time for a break', bye: 'Well done' };
  const fresh = (text: string) => ({ text: 'x', fromHash: englishHash(text) });

  it.each([
    [
      'translated from the current English',
      { greet: fresh('Time for a break'), bye: fresh('Well done') },
      { missing: [], stale: [], extra: [] },
    ],
    [
      'English edited since translation',
      { greet: fresh('Time for a short break'), bye: fresh('Well done') },
      { missing: [], stale: ['greet'], extra: [] },
    ],
    ['no record of the English source', { greet: { text: 'x' }, bye: fresh('Well done') }, { missing: [], stale: ['greet'], extra: [] }],
    ['not translated yet', { bye: fresh('Well done') }, { missing: ['greet'], stale: [], extra: [] }],
    [
      'translated as an empty text',
      { greet: { text: ' ', fromHash: englishHash('Time for a break') }, bye: fresh('Well done') },
      { missing: ['greet'], stale: [], extra: [] },
    ],
    [
      'English key deleted',
      { greet: fresh('Time for a break'), bye: fresh('Well done'), old: fresh('Gone') },
      { missing: [], stale: [], extra: ['old'] },
    ],
  ])('%s', (_, translated, gaps) => {
    expect(translationGaps(english, translated)).toEqual(gaps);
  });

  it('a translator editing messages.json after an English change sees exactly that key, until they re-stamp it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'locales-'));
    const write = (locale: string, file: MessagesFile) => {
      mkdirSync(path.join(dir, locale), { recursive: true });
      writeFileSync(path.join(dir, locale, 'messages.json'), JSON.stringify(file));
    };
    write('de', {
      popup_skip: { message: 'Überspringen', description: stampDescription('Skip') },
      popup_done: { message: 'Fertig', description: stampDescription('Done', 'en:00000000 button label') },
    });
    write('en', { popup_skip: { message: 'Skip this one' }, popup_done: { message: 'Done' } });
    expect(i18nReport([uiSource(dir)], translatedLocales(dir)).de?.ui).toEqual({ missing: [], stale: ['popup_skip'], extra: [] });

    write('de', {
      popup_skip: { message: 'Diese überspringen', description: stampDescription('Skip this one', 'en:1234abcd') },
      popup_done: { message: 'Fertig', description: stampDescription('Done', 'button label') },
    });
    expect(i18nReport([uiSource(dir)], translatedLocales(dir)).de?.ui).toEqual({ missing: [], stale: [], extra: [] });
    expect(readMessages('de', dir).popup_done?.description).toBe(`en:${englishHash('Done')} button label`);
  });
});

describe('catalogue and safety text go through the same check', () => {
  it('flattens text per exercise id, field and line', () => {
    expect(flattenText({ clamshell: { name: 'Clamshell', steps: ['Lie on your side.', 'Lift the knee.'] } })).toEqual({
      'clamshell.name': 'Clamshell',
      'clamshell.steps.0': 'Lie on your side.',
      'clamshell.steps.1': 'Lift the knee.',
    });
  });

  it('a German catalogue with one step changed in English reports that step only', () => {
    const english = flattenText({ clamshell: { name: 'Clamshell', steps: ['Lie on your side.', 'Lift the top knee.'] } });
    const german = Object.fromEntries(
      Object.entries(flattenText({ clamshell: { name: 'Muschel', steps: ['Leg dich auf die Seite.', 'Heb das Knie.'] } })).map(
        ([key, text]) => [key, { text, fromHash: englishHash(key === 'clamshell.steps.1' ? 'Lift the knee.' : english[key]!) }],
      ),
    );
    expect(translationGaps(english, german)).toEqual({ missing: [], stale: ['clamshell.steps.1'], extra: [] });
  });
});

describe('englishHash', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
  ])('is FNV-1a, so any tool can recompute it (%j → %s)', (text, hash) => {
    expect(englishHash(text)).toBe(hash);
  });

  it('changes with any edit, even punctuation', () => {
    expect(englishHash('Well done')).not.toBe(englishHash('Well done!'));
  });
});
