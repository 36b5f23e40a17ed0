/** Reads a dataset folder from disk and validates it with the app's loader. */
import { loadDatasetFiles, type LoadResult } from '../../src/lib/io/json/load';
import { readDatasetFolder } from '../../src/lib/io/node-files';

/** Loads and validates the dataset in `dir`; errors name the files under `dir`. */
export function loadDatasetDir(dir: string): LoadResult {
  return loadDatasetFiles(readDatasetFolder(dir), { dir });
}
