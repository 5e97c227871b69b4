import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../content/catalogue';
import { chunkLayout } from '../../content/chunk-layout';
import { PERMISSIONS } from '../../wxt.config';
import { extensionDir, ROOT } from './harness/paths';

/**
 * What a Chrome Web Store or AMO reviewer checks, on the production builds the
 * e2e global setup makes: permissions used and declared, no remote code, no
 * eval, icons, web-ext lint, version. (Gecko id and data_collection_permissions:
 * manifest.e2e.test.ts; the description's 132 characters in every language:
 * tests/unit/i18n-completeness.test.ts.)
 */
type Browser = 'chrome' | 'firefox';
const read = (browser: Browser, file: string) => readFileSync(path.join(extensionDir(browser), file));
const manifest = (browser: Browser) => JSON.parse(read(browser, 'manifest.json').toString('utf8')) as Record<string, any>;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}
const code = (browser: Browser) =>
  files(extensionDir(browser), /\.(js|mjs)$/)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n;\n');
const pages = (browser: Browser) =>
  files(extensionDir(browser), /\.html$/)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

// Calls that need each permission (a member of the namespace is enough: `x.alarms.create(`).
const API_OF_PERMISSION: Record<string, RegExp> = {
  alarms: /\.alarms\.(create|get|getAll|clear|clearAll|onAlarm)\b/,
  idle: /\.idle\.(queryState|setDetectionInterval|onStateChanged)\b/,
  notifications: /\.notifications\.(create|clear|getAll|onClicked|onButtonClicked|onClosed)\b/,
  // WXT's storage items reach an area by name: `browser.storage[area]`.
  storage: /\.storage(\.(local|sync|session|onChanged)\b|\[\w+\]\.(get|set|remove|onChanged)\b)/,
};
// Permission-gated APIs we do not declare: none may be called.
const UNDECLARED_APIS: [string, RegExp][] = [
  ['tabs (url, title of other tabs)', /\.tabs\.(executeScript|insertCSS|captureVisibleTab)\b/],
  ['scripting', /\.scripting\.\w+/],
  ['cookies', /\.cookies\.\w+/],
  ['history', /\.history\.(search|getVisits|addUrl|deleteUrl|deleteAll|deleteRange|onVisited)\b/],
  ['bookmarks', /\.bookmarks\.\w+/],
  ['downloads', /\.downloads\.(download|search|onChanged)\b/],
  ['webRequest', /\.webRequest\.\w+/],
  ['declarativeNetRequest', /\.declarativeNetRequest\.\w+/],
  ['webNavigation', /\.webNavigation\.\w+/],
  ['contextMenus', /\.(contextMenus|menus)\.\w+/],
  ['management', /\.management\.\w+/],
  ['identity', /\.identity\.\w+/],
  ['offscreen', /\.offscreen\.\w+/],
  ['sessions', /\.sessions\.\w+/],
  ['topSites', /\.topSites\.\w+/],
  ['geolocation', /navigator\.geolocation/],
];

describe.each(['chrome', 'firefox'] as const)('store review of the %s build', (browser) => {
  const m = manifest(browser);
  const js = code(browser);

  it('takes its version from package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(m.version).toBe(pkg.version);
  });

  it('declares exactly alarms, idle, notifications and storage, and uses each', () => {
    expect([...m.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect([...m.permissions].sort()).toEqual([...PERMISSIONS].sort());
    expect(PERMISSIONS.filter((permission) => !API_OF_PERMISSION[permission]!.test(js))).toEqual([]);
  });

  it('calls no permission-gated API it does not declare', () => {
    expect(UNDECLARED_APIS.filter(([, pattern]) => pattern.test(js)).map(([name]) => name)).toEqual([]);
  });

  it('loads no remote code and makes no network request', () => {
    expect(pages(browser)).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(pages(browser)).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(js).not.toMatch(/\bimport\s*\(\s*["'`](https?:)?\/\//);
    expect(js).not.toMatch(/\bfrom\s*["'`](https?:)?\/\//);
    expect(js).not.toMatch(/\bimportScripts\s*\(/);
    expect(js).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/);
  });

  it('evaluates no strings as code', () => {
    expect(js).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
    expect(js).not.toMatch(/\bset(Timeout|Interval)\s*\(\s*["'`]/);
    expect(m.content_security_policy).toBeUndefined();
  });

  it('has icons at 16, 32, 48 and 128 px, each a PNG of that size in the package', () => {
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
    const wrong = [16, 32, 48, 128].filter((size) => {
      const png = read(browser, m.icons[String(size)]);
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      return png.subarray(1, 4).toString() !== 'PNG' || png.readUInt32BE(16) !== size || png.readUInt32BE(20) !== size;
    });
    expect(wrong).toEqual([]);
  });
});

// The popup loads an exercise from a path computed from its id (content/chunk-layout.ts): a
// file missing from the build would be a blank card, so every one is loaded here from the build.
const TEXT = import.meta.glob<unknown>(['../../content/text/*/*.ts', '!../../content/text/*/names.ts', '!../../content/text/*/safety.ts'], {
  import: 'default',
  eager: true,
});
const LOCALES = [...new Set(Object.keys(TEXT).map((f) => f.split('/').at(-2)!))];
const loadBuilt = async (browser: Browser, file: string) =>
  ((await import(/* @vite-ignore */ pathToFileURL(path.join(extensionDir(browser), file)).href)) as { default: unknown }).default;

// The Firefox build keeps Vite's import maps for the modules (its add-on linter flags an import()
// of a computed path: scripts/exercise-files-plugin.ts); the drawings are at computed paths in both.
describe.each(['chrome', 'firefox'] as const)('every exercise in the %s build, at the path the popup computes', (browser) => {
  it("loads each exercise's files from there, and both of its frames are there", async () => {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const wrong: string[] = [];
    for (const facts of CATALOGUE) {
      const { id } = facts;
      if (browser === 'chrome') {
        if (!same(await loadBuilt(browser, chunkLayout.facts(id)), facts)) wrong.push(`${id}: facts`);
        for (const locale of LOCALES) {
          if (!same(await loadBuilt(browser, chunkLayout.words(locale, id)), TEXT[`../../content/text/${locale}/${id}.ts`]))
            wrong.push(`${id}: ${locale} words`);
        }
      }
      for (const frame of ['start', 'end'] as const) {
        const built = path.join(extensionDir(browser), chunkLayout.frame(id, frame));
        if (
          !existsSync(built) ||
          readFileSync(built, 'utf8') !== readFileSync(path.join(ROOT, 'content/illustrations', `${id}-${frame}.svg`), 'utf8')
        )
          wrong.push(`${id}: ${frame} frame`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('web-ext lint of the Firefox build', () => {
  it('reports 0 errors and 0 warnings', () => {
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    expect(existsSync(bin)).toBe(true);
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '--source-dir', extensionDir('firefox'), '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // non-zero exit when it finds errors; the report says which
    }
    const report = JSON.parse(out) as { errors: { message: string }[]; warnings: { message: string }[]; summary: Record<string, number> };
    expect(report.errors.map((e) => e.message)).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([]);
  });
});
