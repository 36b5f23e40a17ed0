import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundledDataset } from './scripts/vite/bundled-dataset';

const graphDataDir = process.env.GRAPH_DATA?.trim() || 'graph-data';

export default defineConfig({
  plugins: [bundledDataset(graphDataDir), sveltekit()],
  // The bundled dataset's folder (the `$data` alias): GRAPH_DATA=path/to/folder, or graph-data
  define: { __GRAPH_DATA_DIR__: JSON.stringify(graphDataDir) },
  server: { fs: { allow: [graphDataDir] } },
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node',
    // Property specs run 1,000 cases each; a loaded machine must not turn them into timeouts.
    testTimeout: 60_000,
  },
});
