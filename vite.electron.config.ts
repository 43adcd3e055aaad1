import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The Node-side programs, each bundled (tree-shaken, one file plus chunks loaded on demand) so a
// start reads one file instead of compiling hundreds of modules:
// - `--mode main` / `--mode preload`: the Electron main process and its preload, CommonJS. A
//   sandboxed preload can require nothing but 'electron', so it cannot share chunks with main.
// - `--mode export` / `--mode preview-host`: the headless export (scripts/export.ts) and the
//   preview host (electron/preview-host.ts), ES modules in dist/node.
// better-sqlite3 stays outside every bundle: it is native and unpacked from the asar.
const programs = {
  main: { source: 'electron/main.ts', outDir: 'dist/electron', format: 'cjs' },
  preload: { source: 'electron/preload.ts', outDir: 'dist/electron', format: 'cjs' },
  export: { source: 'scripts/export.ts', outDir: 'dist/node', format: 'cjs' },
  'preview-host': { source: 'electron/preview-host.ts', outDir: 'dist/node', format: 'es' },
} as const;

export default defineConfig(({ mode }) => {
  const entry = (mode in programs ? mode : 'main') as keyof typeof programs;
  const { source, outDir, format } = programs[entry];
  // The package is "type": "module", so CommonJS files must say .cjs, chunks included.
  const extension = format === 'cjs' ? 'cjs' : 'js';
  return {
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: { entry: { [entry]: source }, formats: [format], fileName: () => `${entry}.${extension}` },
      rollupOptions: {
        external: ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
        output: {
          // The export is one file: a start-up snapshot is made from a single script.
          ...(entry === 'export' ? { codeSplitting: false } : {}),
          entryFileNames: `${entry}.${extension}`,
          chunkFileNames: `chunks/[name]-[hash].${extension}`,
        },
      },
    },
    ssr: { noExternal: true, external: ['electron', 'better-sqlite3'] },
  };
});
