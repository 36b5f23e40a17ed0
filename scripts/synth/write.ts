/** Writes a dataset as a folder in the graph-data format: one JSON file per collection. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, type DatasetRecords } from '../../src/lib/model/dataset/schema';

/** The files of a dataset folder, by name (`people.json`), as text. */
export function datasetFiles(data: DatasetRecords): Record<string, string> {
  const files: Record<string, string> = { 'dataset.json': JSON.stringify(data.dataset) };
  for (const name of collectionNames) files[`${name}.json`] = JSON.stringify({ items: data[name] });
  if (data.layout) files['layout.json'] = JSON.stringify(data.layout);
  return files;
}

/** Writes `data` into `dir` (created when missing); returns the files' total size in bytes. */
export function writeDatasetFolder(dir: string, data: DatasetRecords): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [name, text] of Object.entries(datasetFiles(data))) {
    writeFileSync(join(dir, name), text + '\n');
    bytes += Buffer.byteLength(text) + 1;
  }
  return bytes;
}
