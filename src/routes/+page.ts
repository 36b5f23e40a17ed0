import bundledUrl from 'virtual:bundled-dataset';
import type { LoadResult } from '$lib/io/json/load';
import { startDataset } from '$lib/state/startup';
import type { PageLoad } from './$types';

// The bundled dataset's load result, computed by the app's loader at build time
// (scripts/vite/bundled-dataset.ts): a first visit loads neither Zod nor the parsers.
// The folder is graph-data/, or the one GRAPH_DATA names at build time (vite.config.ts).
export const load: PageLoad = async ({ fetch, url: pageUrl, untrack }) => {
  // `?data=` or a dataset opened before may replace the bundled one (read once, not tracked)
  const starting = startDataset(untrack(() => pageUrl.searchParams.get('data')));
  const bundled = await fetchBundled(fetch);
  // A dataset without a layout gets one from the layout worker once the page is up
  return { bundled, start: await starting };
};

// A failed fetch fails the page's load: the error page says so and links back
async function fetchBundled(fetch: typeof globalThis.fetch): Promise<LoadResult> {
  const response = await fetch(bundledUrl);
  if (!response.ok)
    throw new Error(`The bundled dataset: ${response.status} ${response.statusText}`);
  return (await response.json()) as LoadResult;
}
