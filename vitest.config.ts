import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. End-to-end tests (tests/e2e) run in real browsers
// through vitest.e2e.config.ts (scripts/test-all.mjs runs both), not here.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/component/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['tests/setup.ts'],
  },
});
