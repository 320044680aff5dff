import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './serve.mjs';

/**
 * Origins whose live feed the Live page may follow besides its own: `OPENCITY_LIVE_ORIGINS` at build time (origins
 * separated by spaces or commas; empty = own origin only), by default the sensor-stream example's feed on this machine.
 */
function liveOrigins(value = 'http://127.0.0.1:8090 http://localhost:8090'): string[] {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(entry);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== entry.replace(/\/$/, ''))
        throw new Error(`OPENCITY_LIVE_ORIGINS: "${entry}" is not an http(s) origin such as https://feeds.example.org`);
      return url.origin;
    });
}

const origins = liveOrigins(process.env.OPENCITY_LIVE_ORIGINS);

/** The Content-Security-Policy in index.html, so it protects the page on any static host (serve.mjs sends it too). */
const securityPolicy: Plugin = {
  name: 'opencity-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(origins) },
      injectTo: 'head-prepend',
    },
  ],
};

// The dashboard bundles the OpenCity packages from their sources (the `@opencity/source` condition), so the static
// build needs no network and no pre-built dist; everything, echarts included, ends up in dist/.
// OPENCITY_DASHBOARD_DATA and OPENCITY_DASHBOARD_OUT build a second dashboard (e.g. from a workspace, in a test)
// without touching .generated/ and dist/.
const data = process.env['OPENCITY_DASHBOARD_DATA'];
export default defineConfig({
  base: './',
  resolve: {
    conditions: ['@opencity/source', 'module', 'browser', 'import', 'default'],
    alias: data ? [{ find: /^\.\.\/\.generated\/dashboard-data\.json$/, replacement: data }] : [],
  },
  define: { __OPENCITY_LIVE_ORIGINS__: JSON.stringify(origins) },
  plugins: [securityPolicy],
  build: {
    outDir: process.env['OPENCITY_DASHBOARD_OUT'] ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    reportCompressedSize: false,
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
});
