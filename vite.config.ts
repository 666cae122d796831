import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/** The Fastify server during development; in production it serves dist/web at the same origin. */
const target = 'http://127.0.0.1:3000';

/**
 * In development Vite serves the client's own modules by path, and `web/api/*.ts` is `/api/*.ts`:
 * those stay with Vite, every other `/api/…` goes to the server.
 */
const SOURCE_MODULE = /^\/api\/[^?]*\.(?:ts|tsx|js|mjs|json|css)(?:\?|$)/;
const apiProxy: ProxyOptions = {
  target,
  bypass: (req: IncomingMessage) => (req.url && SOURCE_MODULE.test(req.url) ? req.url : undefined),
};
const proxy: Record<string, ProxyOptions> = {
  '/api': apiProxy,
  '/healthz': { target },
};

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'aria', test: /node_modules[\\/](react-aria-components|react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc|client-only)[\\/]/ },
            { name: 'intl', test: /node_modules[\\/](react-intl|@formatjs|intl-messageformat)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
});
