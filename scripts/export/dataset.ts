/** Reads a dataset folder from disk and validates it with the app's loader. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFiles, type LoadResult } from '../../src/lib/io/load';

/** The texts of a folder's JSON files, keyed by file name. */
export function readDatasetFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/** Loads and validates the dataset in `dir`; errors name the files under `dir`. */
export function loadDatasetDir(dir: string): LoadResult {
  return loadDatasetFiles(readDatasetFiles(dir), { dir });
}
