// Vite configuration of the web workbench: React, built from web/ into web/dist, which the
// Jirga server serves at `/`. In development, `/api` is proxied to a running `jirga serve`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.JIRGA_PORT ?? '8787'}` } },
});
