import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

const CHROMIUM = '/usr/bin/chromium';
const browserTests = fs.existsSync(CHROMIUM) || process.env['OPENCLAUSE_REQUIRE_BROWSER'] === '1';
if (!browserTests) {
  process.stderr.write(
    `\nBrowser tests NOT run: ${CHROMIUM} is missing (apt-get install -y chromium). All other tests run.\n\n`,
  );
}

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/faults/**', 'tests/hostile/server/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(browserTests
        ? [
            {
              test: {
                name: 'browser',
                environment: 'node',
                // The fault and hostile-input suites start their own servers or use this one; they
                // need the build that the global setup makes.
                include: ['tests/browser/**/*.test.ts', 'tests/faults/**/*.test.ts', 'tests/hostile/server/**/*.test.ts'],
                globalSetup: ['tests/browser/global-setup.ts'],
                fileParallelism: false,
                testTimeout: 60_000,
                hookTimeout: 300_000,
              },
            },
          ]
        : []),
    ],
  },
});
