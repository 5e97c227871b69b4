import type { Plugin } from 'vite';

/**
 * The extension pages (popup, options) use the browser's own promise-based `browser`/`chrome`
 * (`@wxt-dev/browser`, which `@wxt-dev/storage` already uses) instead of webextension-polyfill:
 * every API they call (storage, i18n, runtime.sendMessage/openOptionsPage/getManifest,
 * notifications.getPermissionLevel, commands.getAll, tabs.create) returns a promise natively in
 * Chrome MV3 and Firefox, and the polyfill was ≈ 3 KB gz of the popup's first paint. The worker
 * keeps the polyfill (its `runtime.onMessage` listener answers by returning a promise, which
 * only the polyfill supports in every Chrome): it is built apart (a classic script), so this
 * applies only to the build that holds the pages.
 */
export function nativeBrowserInPages(): Plugin {
  let pages = false;
  return {
    name: 'glute-break:native-browser-in-pages',
    apply: 'build',
    enforce: 'pre',
    buildStart(options) {
      const input = options.input;
      pages = !!input && !Array.isArray(input) && !('background' in input);
    },
    async resolveId(source, importer) {
      if (!pages || (source !== 'wxt/browser' && source !== '@wxt-dev/webextension-polyfill/browser')) return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}
