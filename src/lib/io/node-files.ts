/**
 * Reading a dataset folder from disk, for Node only: the CLI scripts and the specs. The browser
 * hands the loader its files through `browser-files.ts` instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { optionalFiles, requiredFiles } from './json/load';

/** The files of `dir` that the loader reads (`dataset.json`, the collections, `layout.json`). */
export function datasetFileNames(dir: string): string[] {
  const known = new Set([...requiredFiles, ...optionalFiles]);
  return readdirSync(dir).filter((name) => known.has(name));
}

/** The texts of the files of `dir` that the loader reads, by file name; `without` leaves some out. */
export function readDatasetFolder(
  dir: string,
  options: { without?: string[] } = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of datasetFileNames(dir)) {
    if (!options.without?.includes(name)) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}
