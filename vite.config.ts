import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: loaded from file:// by Electron and from the loopback preview host, hence base './'.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
