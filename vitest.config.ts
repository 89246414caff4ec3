import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration and end-to-end tests start dynalite and local HTTP servers.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
