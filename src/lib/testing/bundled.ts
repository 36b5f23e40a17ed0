/**
 * The bundled dataset (graph-data/) read from disk through the app's own loader, for specs.
 * Undefined when the files are missing or do not load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDatasetFiles } from '$lib/io/load';
import type { DatasetRecords } from '$lib/model/schema';

const DIR = fileURLToPath(new URL('../../../graph-data/', import.meta.url));

let cached: DatasetRecords | undefined | null = null;

/** The bundled dataset's records, read once. */
export function bundledDataset(): DatasetRecords | undefined {
  if (cached !== null) return cached;
  if (!existsSync(`${DIR}dataset.json`)) return (cached = undefined);
  const files = Object.fromEntries(
    readdirSync(DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(DIR + name, 'utf8')]),
  );
  const result = loadDatasetFiles(files, { dir: 'graph-data' });
  return (cached = result.ok ? result.data : undefined);
}
