// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Sessions live in our own database tables (src/lib/auth); the adapter's default file
  // driver would keep them on one machine's disk.
  session: false,
  security: { checkOrigin: true },
  server: { port: 4321, host: 'localhost' },
  // Astro inlines a script under Vite's 4 kB asset limit into the page, where the site's
  // Content-Security-Policy (script-src 'self', no inline scripts) blocks it: keep every
  // script a file of its own.
  vite: { build: { assetsInlineLimit: 0 } },
});
