import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Layers (DESIGN.md §7: a lint rule, not a habit). Each entry forbids imports by pattern; specs
 * are exempt, since they may use the test helpers in `src/lib/testing/`.
 */
const CYTOSCAPE = {
  group: ['cytoscape', 'cytoscape-*', 'cytoscape/*'],
  message: 'Only src/lib/graph/ imports Cytoscape: go through GraphView.',
};
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores: ['**/*.spec.ts', ...ignores],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const MODEL = 'src/lib/model/ is pure TypeScript and imports nothing outside itself.';
const PURE = [
  CYTOSCAPE,
  {
    group: ['$lib/*', '!$lib/model', '!$lib/model/*', '$app/*', 'svelte', 'svelte/*', 'node:*'],
    message: MODEL,
  },
];
const layers = [
  layer(['src/**/*.ts', 'src/**/*.svelte'], [CYTOSCAPE], ['src/lib/graph/**']),
  // Relative paths may not climb out of model/: one level up from its files, two from its folders
  layer(['src/lib/model/*.ts'], [...PURE, { group: ['../*'], message: MODEL }]),
  layer(['src/lib/model/*/**/*.ts'], [...PURE, { group: ['../../*'], message: MODEL }]),
  // The adapter draws: it reads the model, never the loader, the app's state or the workers
  layer(
    ['src/lib/graph/**/*.ts'],
    [
      {
        group: [
          '$lib/io',
          '$lib/io/*',
          '$lib/state',
          '$lib/state/*',
          '$lib/worker',
          '$lib/worker/*',
        ],
        message: 'src/lib/graph/ reads the model only: io/, state/ and worker/ come to it as data.',
      },
      {
        group: ['../io/*', '../state/*', '../worker/*'],
        message: 'src/lib/graph/ reads the model only.',
      },
    ],
  ),
  layer(
    ['src/lib/export/**/*.ts'],
    [
      CYTOSCAPE,
      {
        group: [
          '$lib/state',
          '$lib/state/*',
          '../state/*',
          '$lib/components/*',
          '../components/*',
          '*.svelte',
        ],
        message: 'src/lib/export/ reads plain inputs (ExportInput): not state/ nor components.',
      },
    ],
  ),
];

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  ...layers,
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
    ],
  },
);
