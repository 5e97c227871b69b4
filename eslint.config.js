// A small rule set that catches real bugs, with type information (floating or
// misused promises, unused code, non-exhaustive switches over our unions,
// dangerouslySetInnerHTML), and the layers of docs/ARCHITECTURE.md:
// core → content → utils → components → entrypoints, each importing only the
// ones before it, with no import cycle anywhere.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const LAYERS = ['core', 'content', 'utils', 'components', 'entrypoints'];
const WHY = {
  core: 'core/ is pure rules: no catalogue data, no browser, no UI (pass what it needs in).',
  content: 'content/ is catalogue data and text: it may use core/, never the browser boundary or the UI.',
  utils: 'utils/ is the browser boundary: it may use core/ and content/, never the UI.',
  components: 'components/ is Preact views: data and callbacks come in from entrypoints/.',
};
// For each layer, the layers above it that it must not import.
const layerZones = LAYERS.slice(0, -1).flatMap((layer, i) =>
  LAYERS.slice(i + 1).map((upper) => ({ target: `./${layer}`, from: `./${upper}`, message: WHY[layer] })),
);
// Each page or the worker is its own context: no entrypoint imports another's code.
const ENTRYPOINTS = ['background', 'popup', 'options'];
const entrypointZones = ENTRYPOINTS.flatMap((a) =>
  ENTRYPOINTS.filter((b) => b !== a).map((b) => ({
    target: `./entrypoints/${a}`,
    from: `./entrypoints/${b}`,
    message: 'Entrypoints are separate contexts: share code through components/, utils/, content/ or core/.',
  })),
);
const browserApi = (message) => ({
  paths: ['wxt/browser', 'webextension-polyfill', '#imports'].map((name) => ({ name, message })),
  patterns: [{ group: ['wxt/utils/storage', 'wxt/utils/*'], message }],
});

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'bench/fixtures/**', '**/*.js'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    extends: [tseslint.configs.base],
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-unreachable': 'error',
      'no-fallthrough': 'error',
      'no-self-compare': 'error',
      'no-constant-binary-expression': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...entrypointZones] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render text and elements (the build also strips Preact support for it).',
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', browserApi(WHY.core)],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core/ takes the time as a parameter (`now`).' },
        { object: 'Math', property: 'random', message: 'core/ is replayable: use a seeded generator (core/picker/random.ts).' },
      ],
    },
  },
  // Tests say what they check through assertions; figures belong to `npm run bench`.
  { files: ['tests/**/*.ts', 'tests/**/*.tsx'], rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] } },
  { files: ['content/**/*.ts'], rules: { 'no-restricted-imports': ['error', browserApi(WHY.content)] } },
  { files: ['components/**/*.ts', 'components/**/*.tsx'], rules: { 'no-restricted-imports': ['error', browserApi(WHY.components)] } },
);
