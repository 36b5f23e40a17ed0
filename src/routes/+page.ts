import { loadDatasetFiles } from '$lib/io/load';
import { startDataset } from '$lib/state/startup';
import type { PageLoad } from './$types';

// The bundled dataset's files as separate assets, fetched at run time: bundled into the page's
// JavaScript they made up most of it. Fetched as text, so the loader can point errors at lines.
// `$data` is graph-data/, or the folder GRAPH_DATA names at build time (svelte.config.js).
const urls = import.meta.glob('$data/*.json', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const load: PageLoad = async ({ fetch, url: pageUrl, untrack }) => {
  // `?data=` or a dataset opened before may replace the bundled one (read once, not tracked)
  const starting = startDataset(untrack(() => pageUrl.searchParams.get('data')));
  const entries = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const response = await fetch(url);
      // A missing file is left out: the loader reports it as missing
      return [path.split('/').at(-1) as string, response.ok ? await response.text() : undefined];
    }),
  );
  const byName = Object.fromEntries(entries.filter(([, text]) => text !== undefined));
  const bundled = loadDatasetFiles(byName, { dir: __GRAPH_DATA_DIR__ });
  // A dataset without a layout gets one from the layout worker once the page is up
  return { bundled, start: await starting };
};
