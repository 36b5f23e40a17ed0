/**
 * The bundled dataset, loaded and validated once at build time (and on each request in dev) by
 * the app's own loader: the page fetches the finished result as one JSON asset, so a first visit
 * loads neither Zod nor the parsers. Opening any other dataset loads them on demand.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadDatasetFiles, type LoadResult } from '../../src/lib/io/json/load';
import { readDatasetFolder } from '../../src/lib/io/node-files';
import { crashed } from '../../src/lib/io/json/results';

const MODULE = 'virtual:bundled-dataset';
const RESOLVED = `\0${MODULE}`;
/** The same file as a path from the site's root, for the page's preload hint (hooks.server.ts). */
const FILE_MODULE = 'virtual:bundled-dataset-file';
const RESOLVED_FILE = `\0${FILE_MODULE}`;
const DEV_FILE = '@bundled-dataset.json';
const DEV_URL = `/${DEV_FILE}`;
/** Where SvelteKit puts a build's assets; the file is named for its content, as theirs are. */
const ASSETS = '_app/immutable/assets';

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
  // Both builds (client, server) name the same file: its name comes from its content
  let built: { source: string; fileName: string } | undefined;
  const build = () => {
    if (built) return built;
    const source = JSON.stringify(bundledResult(dir, root));
    const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
    return (built = { source, fileName: `${ASSETS}/bundled-dataset.${hash}.json` });
  };
  return {
    name: 'factions:bundled-dataset',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === MODULE) return RESOLVED;
      return id === FILE_MODULE ? RESOLVED_FILE : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_FILE) return undefined;
      const dev = this.environment?.mode === 'dev' || !('emitFile' in this);
      if (id === RESOLVED_FILE)
        return `export default ${JSON.stringify(dev ? DEV_FILE : build().fileName)};`;
      if (dev) return `export default ${JSON.stringify(DEV_URL)};`;
      const { source, fileName } = build();
      const ref = this.emitFile({ type: 'asset', fileName, source });
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
