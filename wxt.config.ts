import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noDangerousHtml } from './scripts/no-dangerous-html-plugin';

// The one place the manifest is defined, for Chrome and Firefox alike.
export const PERMISSIONS = ['alarms', 'idle', 'notifications', 'storage'];
export const GECKO_ID = 'glute-break@glutebreak.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: modules say what they depend on.
  imports: false,
  manifestVersion: 3,
  // Parallel test runs may build into separate folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [noDangerousHtml(), preact()] }),
  manifest: ({ browser }) => ({
    name: 'Glute Break',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    action: { default_title: 'Glute Break' },
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
