// Lint, including the layer rules of ../shared/architecture.md: a layering mistake fails the build.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream', 'zlib'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'build/artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        ...NODE_BUILTINS,
        'electron',
        'react',
        'react-dom',
        'lexical',
        '@lexical/*',
        'better-sqlite3',
        'docx',
        '../electron/**',
        '../renderer/**',
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript: it may import only zod and other shared/ modules.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'docx', '**/electron/**'],
        'renderer/ talks to the core only through the typed client: no Node, no Electron, no electron/**.',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/db/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['electron', '**/renderer/**', '**/main/**', '**/preload/**'],
      'The core and the Node hosts never import Electron or the renderer.',
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['**/renderer/**'], 'The Electron shell never imports the renderer.'),
  },
  {
    files: ['test/**/*.ts', 'build/**/*.{mjs,mts}', 'bench/**/*.{ts,mjs}', 'bin/**/*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
