/**
 * The bundled dataset (graph-data/) read from disk through the app's own loader, for specs.
 * Throws, with every error, when the files are missing or do not load: a spec about the data
 * fails then, it never skips.
 */
import { fileURLToPath } from 'node:url';
import { loadDatasetFiles } from '$lib/io/json/load';
import { readDatasetFolder } from '$lib/io/node-files';
import type { DatasetRecords } from '$lib/model/dataset/schema';
import { formatProblem } from '$lib/model/dataset/problems';

const DIR = fileURLToPath(new URL('../../../graph-data/', import.meta.url));

let cached: DatasetRecords | undefined;

/** The bundled dataset's records, read once. */
export function bundledDataset(): DatasetRecords {
  if (cached) return cached;
  const result = loadDatasetFiles(readDatasetFolder(DIR), { dir: 'graph-data' });
  if (!result.ok) {
    const errors = result.errors.map((e) => formatProblem(e, { dir: 'graph-data' }));
    throw new Error(`The bundled dataset does not load:\n${errors.join('\n')}`);
  }
  return (cached = result.data);
}
