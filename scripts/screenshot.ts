/**
 * Screenshot a page in Debian's Chromium, to look at what a visitor sees.
 * Usage: node scripts/screenshot.ts URL OUT.png [WIDTH] [--no-js] [--viewport]
 */
import { chromium } from 'playwright-core';

const [url, out, width] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('Usage: node scripts/screenshot.ts URL OUT.png [WIDTH] [--no-js] [--viewport]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({
  viewport: { width: Number(width ?? 1200), height: 900 },
  javaScriptEnabled: !process.argv.includes('--no-js'),
});
await page.goto(url);
await page.screenshot({ path: out, fullPage: !process.argv.includes('--viewport') });
await browser.close();
