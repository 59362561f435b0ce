/**
 * First contentful paint of the 120-article version page on a throttled phone: Chromium through
 * playwright-core, a 390 × 844 touch screen, the network throttled through the DevTools protocol
 * (Network.emulateNetworkConditions) and the CPU slowed 4× (Emulation.setCPUThrottlingRate), a
 * fresh browser context (empty cache) for every load. Two network profiles:
 *
 * - DevTools' "Slow 3G" (Puppeteer's PredefinedNetworkConditions): 400 kbit/s each way and
 *   2,000 ms added to every request, so no page can paint sooner than about 2 s;
 * - Lighthouse's "regular 3G" for a phone: 630 kbit/s down, 630 up, 1,125 ms per request.
 *
 * The plain page of the same articles (src/pages/test-hooks/plain-version/) runs beside it.
 * Prints the median of BENCH_FCP_RUNS loads (5) with the bytes the browser received.
 * Run: npm run build && npm run bench:fcp   (BENCH_COMMENTS, BENCH_KEEP, BENCH_FCP_RUNS)
 */
import os from 'node:os';
import { chromium } from 'playwright-core';
import { benchDatabase, machine, startServer } from './lib/harness.ts';
import { BENCH_REGULATION, BENCH_VERSION } from './lib/content.ts';

const PROFILES = [
  {
    name: 'Slow 3G (DevTools)',
    latency: 2000,
    down: ((500 * 1000) / 8) * 0.8,
    up: ((500 * 1000) / 8) * 0.8,
  },
  {
    name: 'regular 3G (Lighthouse)',
    latency: 1125,
    down: ((700 * 1024) / 8) * 0.9,
    up: ((700 * 1024) / 8) * 0.9,
  },
];
const runs = Number(process.env['BENCH_FCP_RUNS'] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 0));
const server = await startServer('scripts/start.ts', { ...bench.env, OPENCLAUSE_TEST_HOOKS: '1' });
const pages = [
  ['version page', `${server.url}/regulations/${BENCH_REGULATION}/versions/${BENCH_VERSION}`],
  ['plain page', `${server.url}/test-hooks/plain-version/${BENCH_REGULATION}/${BENCH_VERSION}`],
] as const;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
});

console.log(
  '\nprofile                  │ page         │ FCP ms (median, min–max) │ received KiB │ load avg',
);
for (const profile of PROFILES) {
  for (const [name, url] of pages) {
    const fcps: number[] = [];
    let received = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latency,
        downloadThroughput: profile.down,
        uploadThroughput: profile.up,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let bytes = 0;
      cdp.on(
        'Network.loadingFinished',
        (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength),
      );
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const fcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      fcps.push(fcp);
      received = bytes;
      await context.close();
    }
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(
      `${profile.name.padEnd(24)} │ ${name.padEnd(12)} │ ${String(Math.round(median(fcps))).padStart(6)} (${Math.round(Math.min(...fcps))}–${Math.round(Math.max(...fcps))}) │ ${(received / 1024).toFixed(1).padStart(12)} │ ${load}`,
    );
  }
}
await browser.close();
await server.stop();
await bench.done();
