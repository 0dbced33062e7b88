import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately on :8080 (`npm run dev` at the root starts both), or wherever
// API_URL points; in production the server serves web/dist itself, so these paths are same-origin.
const api = process.env.API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/healthz': api,
      '/readyz': api,
      '/metrics': api,
    },
  },
  preview: {
    proxy: {
      '/api': api,
      '/healthz': api,
      '/readyz': api,
      '/metrics': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is most of the weight (~600 kB minified, ~200 kB gzip); console pages load on demand
    chunkSizeWarningLimit: 700,
  },
});
