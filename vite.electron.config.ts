import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Main process and preload, each bundled to one CommonJS file (`--mode main` / `--mode preload`):
// a sandboxed preload can require nothing but 'electron', so it cannot share chunks with main.
// better-sqlite3 stays outside the bundle: it is native and unpacked from the asar.
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: { entry: { [entry]: `electron/${entry}.ts` }, formats: ['cjs'], fileName: () => `${entry}.cjs` },
      rollupOptions: {
        external: ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      },
    },
    ssr: { noExternal: true, external: ['electron', 'better-sqlite3'] },
  };
});
