import { loadDatasetFiles } from '$lib/io/load';
import { prepareLayout } from '$lib/state/positions';
import type { PageLoad } from './$types';

// The bundled dataset's files as separate assets, fetched at run time: bundled into the page's
// JavaScript they made up most of it. Fetched as text, so the loader can point errors at lines.
const urls = import.meta.glob('/graph-data/*.json', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const load: PageLoad = async ({ fetch }) => {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const response = await fetch(url);
      // A missing file is left out: the loader reports it as missing
      return [path.split('/').at(-1) as string, response.ok ? await response.text() : undefined];
    }),
  );
  const byName = Object.fromEntries(entries.filter(([, text]) => text !== undefined));
  const bundled = loadDatasetFiles(byName, { dir: 'graph-data' });
  if (bundled.ok) await prepareLayout(bundled.data);
  return { bundled };
};
