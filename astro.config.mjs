// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

/**
 * The Node adapter, with src/server.ts as the bundle's entry: it re-exports the adapter's own
 * entry and adds `serve`, so that `npm start` runs the server from the bundle alone (one copy
 * of each module per process) instead of loading src/ beside it.
 * @param {Parameters<typeof node>[0]} options
 * @returns {import('astro').AstroIntegration}
 */
function nodeWithOurEntry(options) {
  const adapter = node(options);
  const configDone = adapter.hooks['astro:config:done'];
  return {
    ...adapter,
    hooks: {
      ...adapter.hooks,
      'astro:config:done': (params) =>
        configDone?.({
          ...params,
          setAdapter: (settings) =>
            params.setAdapter({
              ...settings,
              serverEntrypoint: new URL('./src/server.ts', import.meta.url),
            }),
        }),
    },
  };
}

export default defineConfig({
  output: 'server',
  adapter: nodeWithOurEntry({ mode: 'standalone' }),
  // Sessions live in our own database tables (src/lib/auth); the adapter's default file
  // driver would keep them on one machine's disk.
  session: false,
  security: { checkOrigin: true },
  server: { port: 4321, host: 'localhost' },
  // Astro inlines a script under Vite's 4 kB asset limit into the page, where the site's
  // Content-Security-Policy (script-src 'self', no inline scripts) blocks it: keep every
  // script a file of its own.
  vite: { build: { assetsInlineLimit: 0 } },
  // Stylesheets go into each page's <head>: a linked one blocks the first paint for a round
  // trip of its own (three of them on the reading page, 2 s each on a slow 3G phone; issue #18).
  // All of them together are about 15 KB (4 KB gzipped); style-src allows inline styles.
  build: { inlineStylesheets: 'always' },
});
