import fs from 'node:fs';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const CHROMIUM = '/usr/bin/chromium';
const browserTests = fs.existsSync(CHROMIUM) || process.env['OPENCLAUSE_REQUIRE_BROWSER'] === '1';
if (!browserTests) {
  process.stderr.write(
    `\nBrowser tests NOT run: ${CHROMIUM} is missing (apt-get install -y chromium). All other tests run.\n\n`,
  );
}

// Time limits are ceilings that catch a hang, not speed requirements: a test waits for the
// condition it needs (tests/helpers/patience.ts scales those waits from measured start-up), so
// a busy machine makes the suite slower, never red. At a load average of 20-30 on two cores,
// tests/cli/campaigns.test.ts (four openings of the embedded database) took 60 s, then 222 s:
// the limit here was 60 s.
const MINUTE = 60_000;

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default in a run is one worker fewer than the cores: on a 2-core machine the unit
    // files ran one at a time while the main process idled. Each file owns its database (its own
    // PGlite, or its own PostgreSQL database) and temporary folders, so they may run side by side.
    // The browser project stays one file at a time (fileParallelism: false): it shares one server.
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/faults/**', 'tests/hostile/server/**'],
          testTimeout: 10 * MINUTE,
          hookTimeout: 10 * MINUTE,
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
                include: [
                  'tests/browser/**/*.test.ts',
                  'tests/faults/**/*.test.ts',
                  'tests/hostile/server/**/*.test.ts',
                ],
                globalSetup: ['tests/browser/global-setup.ts'],
                fileParallelism: false,
                testTimeout: 10 * MINUTE,
                hookTimeout: 15 * MINUTE,
              },
            },
          ]
        : []),
    ],
  },
});
