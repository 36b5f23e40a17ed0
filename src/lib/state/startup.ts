/**
 * Which dataset the page shows first: the one `?data=` names, else the one opened before
 * (kept in IndexedDB), else the bundled one. Decided before the explorer exists, so that the
 * URL's year and focus apply to the right dataset.
 */
import type { LoadResult } from '$lib/io/json/load';
import { fetchText } from '$lib/io/fetch-text';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import { completeLayout } from '$lib/model/layout/positions-at';
import { quickLayout } from '$lib/model/layout/quick';
import { clearSaved, readSaved } from './persist';

type Loaded = Extract<LoadResult, { ok: true }>;

/** Problems to show in the errors dialog: a title and one line each. */
export interface ProblemReport {
  title: string;
  intro: string;
  problems: { text: string }[];
}

/** Where the first dataset comes from, and what to tell the user about it. */
export interface StartInfo {
  origin: 'bundled' | 'saved' | 'url';
  /** The dataset to show first when it is not the bundled one. */
  result?: Loaded;
  /** Its name in messages: a file name or a URL. */
  name?: string;
  /** Why the dataset `?data=` names could not be shown. */
  report?: ProblemReport;
  notes: string[];
}

/** Decides the first dataset from the `data` parameter and what IndexedDB keeps. Never throws. */
export async function startDataset(data: string | null): Promise<StartInfo> {
  try {
    if (data !== null && data !== '') return await fromUrl(data);
    const saved = await readSaved();
    if (!saved) return { origin: 'bundled', notes: [] };
    const { loadBundle } = await import('$lib/io/json/load');
    const result = loadBundle(saved.text, saved.name);
    if (result.ok) return { origin: 'saved', result, name: saved.name, notes: [] };
    await clearSaved();
    const note = `The dataset kept from your last visit (${saved.name}) could not be loaded any more and was dropped: ${result.errors[0]?.text ?? 'it is invalid'}. Showing the bundled dataset.`;
    return { origin: 'bundled', notes: [note] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { origin: 'bundled', notes: [`The opened dataset could not be restored (${reason}).`] };
  }
}

async function fromUrl(address: string): Promise<StartInfo> {
  const fetched = await fetchText(address);
  const title = 'The dataset in the link could not be opened';
  const shown = 'The bundled dataset is shown instead.';
  if (!fetched.ok) {
    return {
      origin: 'bundled',
      report: { title, intro: shown, problems: [{ text: fetched.message }] },
      notes: [],
    };
  }
  const { loadBundle } = await import('$lib/io/json/load');
  const result = loadBundle(fetched.text, fetched.url);
  if (result.ok) return { origin: 'url', result, name: fetched.url, notes: [] };
  const intro = `${result.errors.length} ${result.errors.length === 1 ? 'error' : 'errors'} in ${fetched.url}. ${shown}`;
  return { origin: 'bundled', report: { title, intro, problems: result.errors }, notes: [] };
}

/**
 * Positions to show a dataset with at once: its stored layout when complete, else a quick
 * placement (model/layout/quick) that the layout worker may refine.
 */
export function startPositions(data: DatasetRecords): Record<string, Position> {
  return completeLayout(data) ?? quickLayout(data);
}

/** The page's address without `data=` (path, query and hash), or undefined when it has none. */
export function withoutDataParam(href: string): string | undefined {
  const url = new URL(href);
  if (!url.searchParams.has('data')) return undefined;
  url.searchParams.delete('data');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page's address with `data=` naming `address`, or undefined when it already does. */
export function withDataParam(href: string, address: string): string | undefined {
  const url = new URL(href);
  if (url.searchParams.get('data') === address) return undefined;
  url.searchParams.set('data', address);
  return `${url.pathname}${url.search}${url.hash}`;
}
