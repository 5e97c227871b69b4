import type { Plugin } from 'vite';

/**
 * Removes Preact's `dangerouslySetInnerHTML` support from the bundle. We never
 * use it, and its `el.innerHTML = value.__html` is the one dynamic innerHTML
 * assignment Firefox's add-on linter flags (UNSAFE_VAR_ASSIGNMENT). Using the
 * prop now throws instead of silently rendering. If a Preact upgrade changes
 * the code shape, the build fails here rather than shipping the warning.
 */
const PATTERN = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function noDangerousHtml(): Plugin {
  return {
    name: 'glute-break:no-dangerous-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.(module|mjs)/.test(id)) return null;
      if (!PATTERN.test(code)) {
        this.error('Preact no longer matches the dangerouslySetInnerHTML pattern; update scripts/no-dangerous-html-plugin.ts');
      }
      PATTERN.lastIndex = 0;
      return {
        code: code.replace(PATTERN, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Glute Break")})()'),
        map: null,
      };
    },
  };
}
