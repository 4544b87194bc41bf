import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests run the CLI in a child process (Node start-up, the whole data set): on a
    // shared two-core machine that alone can take longer than Vitest's 5 s default.
    testTimeout: 60_000,
  },
});
