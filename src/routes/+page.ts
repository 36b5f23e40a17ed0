import { loadDatasetFiles } from '$lib/io/load';
import type { PageLoad } from './$types';

// The bundled dataset, as text, so the loader can point errors at lines and columns.
const files = import.meta.glob('/graph-data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const load: PageLoad = () => {
  const byName = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path.split('/').at(-1) as string, text]),
  );
  return { bundled: loadDatasetFiles(byName, { dir: 'graph-data' }) };
};
