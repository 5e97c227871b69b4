import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { extensionDir } from './harness/paths';

// Runs on the production builds made by the e2e global setup.
const manifest = (browser: 'chrome' | 'firefox') =>
  JSON.parse(readFileSync(path.join(extensionDir(browser), 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const m = manifest(browser);

  it('is Manifest V3 whose name, description and button title come from the locale files', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    // WXT takes the button title from popup.html's <title>: the brand, the same in every language.
    expect((m.action as { default_title: string }).default_title).toBe('Glute Break');
    const en = JSON.parse(readFileSync(path.join(extensionDir(browser), '_locales/en/messages.json'), 'utf8'));
    expect(en.extName.message).toBe('Glute Break');
  });

  it('runs the worker from one classic script that loads no exercise text (names come from the messages)', () => {
    const background = m.background as { service_worker?: string; scripts?: string[]; type?: string };
    expect(background).toEqual(browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] });
    const code = readFileSync(path.join(extensionDir(browser), 'background.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s*["'`{*]|importScripts|chunks\//);
    const names = ['en', 'de', 'es'].flatMap((lang) => {
      const file = JSON.parse(readFileSync(path.join(extensionDir(browser), `_locales/${lang}/messages.json`), 'utf8')) as Record<
        string,
        { message: string }
      >;
      return Object.entries(file)
        .filter(([key]) => key.startsWith('exercise_'))
        .map(([, e]) => e.message);
    });
    expect(names.length).toBe(3 * EXERCISES.length);
    const words = EXERCISES.flatMap((e) => [e.steps[0]!, e.feel, e.caution]);
    expect([...names, ...words].filter((text) => code.includes(text))).toEqual([]);
    // …while the picker still knows every exercise by id.
    expect(EXERCISES.map((e) => e.id).filter((id) => ![`\`${id}\``, `'${id}'`, `"${id}"`].some((q) => code.includes(q)))).toEqual([]);
  });

  it('has no host permissions, no optional permissions and no content scripts', () => {
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('has a popup, an options page and the "start a break" keyboard command', () => {
    expect((m.action as { default_popup: string }).default_popup).toBe('popup.html');
    expect((m.options_ui as { page: string }).page).toBe('options.html');
    expect(m.commands).toHaveProperty('start-break');
  });
});

describe('the Firefox manifest', () => {
  it('has a fixed gecko id, declares no data collection and a minimum version', () => {
    expect(manifest('firefox').browser_specific_settings).toEqual({
      gecko: {
        id: 'glute-break@glutebreak.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });
});
