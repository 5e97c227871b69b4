import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noDangerousHtml } from './scripts/no-dangerous-html-plugin';
import { exerciseFiles } from './scripts/exercise-files-plugin';
import { nativeBrowserInPages } from './scripts/native-browser-in-pages';
import { buildPopupAlone } from './scripts/popup-build-alone';

// The one place the manifest is defined, for Chrome and Firefox alike.
export const PERMISSIONS = ['alarms', 'idle', 'notifications', 'storage'];
export const GECKO_ID = 'glute-break@glutebreak.dev';

// `npm run dev` opens a browser with the extension. On Debian the browsers are
// `chromium` and `firefox-esr`, which web-ext does not look for by itself.
const binaries: Record<string, string> = {};
if (existsSync('/usr/bin/chromium')) binaries.chrome = '/usr/bin/chromium';
if (existsSync('/usr/bin/firefox-esr')) binaries.firefox = '/usr/bin/firefox-esr';
const runningAsRoot = process.getuid?.() === 0;
// With no display (SSH, containers) the dev browser still runs, headless.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (noDisplay) process.env.MOZ_HEADLESS ??= '1';

export default defineConfig({
  webExt: {
    binaries,
    // Chromium refuses to start as root without it (containers, CI boxes).
    chromiumArgs: [...(runningAsRoot ? ['--no-sandbox'] : []), ...(noDisplay ? ['--headless=new'] : [])],
  },
  zip: {
    // The Firefox sources zip is for add-on review: the code that builds, not test output.
    excludeSources: ['tests/e2e/__screenshots__/**', 'docs/store/images/**', 'bench/results.json', '.output*/**'],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: { 'entrypoints:grouped': (_wxt, groups) => buildPopupAlone(groups) },
  // Explicit imports everywhere: modules say what they depend on.
  imports: false,
  manifestVersion: 3,
  // Parallel test runs may build into separate folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: (env) => ({
    // Firefox keeps Vite's import maps: its add-on linter flags an import() of a computed path.
    plugins: [noDangerousHtml(), exerciseFiles(process.cwd(), env.browser !== 'firefox'), nativeBrowserInPages(), preact()],
    // Chrome and Firefox extension pages support modulepreload: Vite's polyfill
    // would only add a fetch() to the build, which store reviewers look for.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    // Store name and description come from public/_locales/<lang>/messages.json (the button
    // title is popup.html's <title>, the brand, the same in every language).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    // Firefox puts a new extension's button in its Extensions menu unless told otherwise:
    // on the toolbar, the "!" and the paused/outside icons are seen (the welcome says so).
    action: { default_title: 'Glute Break', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    commands: {
      'start-break': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandStartBreak__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
