/**
 * The bundled dataset, loaded and validated once at build time (and on each request in dev) by
 * the app's own loader: the page fetches the finished result as one JSON asset, so a first visit
 * loads neither Zod nor the parsers. Opening any other dataset loads them on demand.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadDatasetFiles, type LoadResult } from '../../src/lib/io/json/load';
import { readDatasetFolder } from '../../src/lib/io/node-files';
import { crashed } from '../../src/lib/io/json/results';

const MODULE = 'virtual:bundled-dataset';
const RESOLVED = `\0${MODULE}`;
const DEV_URL = '/@bundled-dataset.json';

/** The loader's result for `dir`, as the page receives it. Never throws (the loader does not). */
export function bundledResult(dir: string, root: string): LoadResult {
  try {
    return loadDatasetFiles(readDatasetFolder(resolve(root, dir)), { dir });
  } catch (error) {
    // The folder itself could not be read: the page shows why, as for any dataset that fails
    return crashed('dataset.json', error, dir);
  }
}

/** `import url from 'virtual:bundled-dataset'`: the URL of the bundled dataset's load result. */
export function bundledDataset(dir: string): Plugin {
  let root = process.cwd();
  return {
    name: 'factions:bundled-dataset',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (this.environment?.mode === 'dev' || !('emitFile' in this))
        return `export default ${JSON.stringify(DEV_URL)};`;
      const ref = this.emitFile({
        type: 'asset',
        name: 'bundled-dataset.json',
        source: JSON.stringify(bundledResult(dir, root)),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.watcher.add(resolve(root, dir));
      server.middlewares.use(DEV_URL, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(bundledResult(dir, root)));
      });
    },
  };
}
