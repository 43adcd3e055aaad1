import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Syntax-only typescript-eslint: `npm run typecheck` already builds every program, and the
// type-aware presets doubled the lint's CPU time (8 s → 13 s wall, 8 s → 17 s CPU on two cores)
// to report mostly async event handlers that catch their own errors.
// The date-fns barrel loads every function and locale: ~2 s and ~230 MB in each unbundled start.
const dateFnsByPath = { name: 'date-fns', message: "Import by path, e.g. 'date-fns/format'." };

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'test-results/', 'preview-data/', '.scratch/', 'bench-results.json'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { deletedAt: _deletedAt, ...row } = record` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // Finding and removing control characters is the job of the patterns that contain them:
      // input validation, safe file names and the XML edge of the Word writer.
      'no-control-regex': 'off',
      'no-restricted-imports': ['error', { paths: [dateFnsByPath] }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // The app is not built with the React Compiler, and it keeps the latest value in a ref during
      // render on purpose (the open meeting, the newest callback, notes readers) so that typing
      // re-renders nothing but the editor. The compiler's ban on that pattern does not apply here.
      'react-hooks/refs': 'off',
    },
  },
  {
    files: ['electron/**', 'scripts/**', 'tests/**', '*.config.{js,ts}', 'vite.*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Handlers answer with read models; a read model reading a handler would tie the two in a knot.
    files: ['electron/read-models/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dateFnsByPath], patterns: [{ group: ['../handlers/*'], message: 'A read model reads the store, never a handler.' }] }],
    },
  },
  {
    // A .cjs file is CommonJS on purpose (scripts/check-node.cjs must run on a Node too old for the rest).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
