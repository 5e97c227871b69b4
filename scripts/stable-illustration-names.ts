import type { Plugin } from 'vite';

/**
 * Emits the exercise drawings (content/illustrations/*.svg) as
 * `assets/illustrations/<name>.svg`, without a content hash. The popup carries
 * a map from each drawing to its URL (content/illustrations.ts); with hashed
 * names its 80 entries were ≈ 1.3 KB gz of random characters in the popup's
 * first paint, without the hash they compress to almost nothing. An extension
 * ships its files with each version, so no cache needs the hash to bust.
 */
export function stableIllustrationNames(): Plugin {
  return {
    name: 'glute-break:stable-illustration-names',
    // After WXT's own output options (set per build), so this naming wins for the drawings only.
    outputOptions(output) {
      const base = output.assetFileNames;
      return {
        ...output,
        assetFileNames: (info) => {
          const source = info.originalFileNames?.[0] ?? '';
          if (/(^|\/)content\/illustrations\/[^/]+\.svg$/.test(source)) return 'assets/illustrations/[name][extname]';
          return typeof base === 'function' ? base(info) : (base ?? 'assets/[name]-[hash][extname]');
        },
      };
    },
  };
}
