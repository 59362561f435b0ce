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
          exclude: ['tests/browser/**'],
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
                include: ['tests/browser/**/*.test.ts'],
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
