import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { servedBuild } from './build/served-build';

// The API server during `vite` (dev) and `vite preview`; override with TILDEL_API=http://host:port.
const apiTarget = process.env.TILDEL_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), servedBuild()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: apiTarget } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are built for debugging but not served: servedBuild() moves them to dist-maps/.
    sourcemap: 'hidden',
    modulePreload: {
      // The home page's first load is at its budget (bench/first-load.mjs), and each import() carries
      // the list of chunks to preload with it: the home page's lazy sections (the controller's
      // spend) fetch their few missing chunks when shown instead.
      // (hostId is the importing chunk's file name.)
      resolveDependencies: (_file, deps, { hostId }) =>
        /(^|\/)HomePage-[\w-]+\.js$/.test(hostId) ? [] : deps,
    },
    rolldownOptions: {
      output: {
        // A part's texts are named for it (texts-calloffs-needs-sv-<hash>.js), so that what a page
        // waits for can be read from the build (bench/first-load.mjs) and the network panel.
        chunkFileNames: (chunk) => {
          const part = /features\/([^/]+)\/([^/]+)\/i18n\/(\w+)\.json$/.exec(
            chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '',
          );
          return part
            ? `assets/texts-${part[1]}-${part[2]}-${part[3]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
