import { defineConfig } from 'vite';

// The dashboard bundles the OpenCity packages from their sources (the `@opencity/source` condition), so the static
// build needs no network and no pre-built dist; everything, echarts included, ends up in dist/.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@opencity/source', 'module', 'browser', 'import', 'default'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    reportCompressedSize: false,
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
});
