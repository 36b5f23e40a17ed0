/**
 * `npm run validate [dir | bundle.json | graph.gexf | graph.graphml | query.json | nodes.csv
 * edges.csv] [--stats]`: checks a dataset folder (default graph-data), one bundle file, or an
 * import (a GEXF or GraphML file with the guessed mapping, a Wikidata query's results, a CSV
 * pair), prints errors then warnings and a summary; exits 1 when there is any error. `--stats`
 * adds one line of counts (`model/dataset/stats.ts`) for a valid dataset.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../src/lib/model/dataset/problems';
import { loadBundle, loadDatasetFiles, type LoadResult } from '../src/lib/io/json/load';
import { fileTooLargeMessage, MAX_FILE_CHARS } from '../src/lib/io/json/limits';
import { collectionNames } from '../src/lib/model/dataset/schema';
import { datasetFileNames } from '../src/lib/io/node-files';
import { datasetStats, formatStats } from '../src/lib/model/dataset/stats';
import { openTexts } from '../src/lib/io/open';
import { isWikidataResults } from '../src/lib/io/networks/wikidata';

/** Where output lines go; the spec collects them. */
export type Print = (line: string) => void;

/**
 * Validates the folder or bundle file at `target` and prints the findings.
 * Returns the exit code: 1 when there is any error, 0 otherwise.
 */
export function main(
  target = 'graph-data',
  print: Print = console.log,
  options: { stats?: boolean; more?: string[] } = {},
): number {
  let result: LoadResult;
  try {
    const more = options.more ?? [];
    result = statSync(target).isDirectory()
      ? loadFolder(target)
      : more.length > 0 || isImport(target)
        ? loadImport([target, ...more])
        : loadFile(target);
  } catch (error) {
    // A missing folder or an unreadable file: say which, do not print a stack trace
    print(`error: ${target}: cannot be read (${error instanceof Error ? error.message : error})`);
    print(`${target}: 1 error, 0 warnings`);
    return 1;
  }
  const errors = result.ok ? [] : result.errors;
  for (const problem of errors) print(`error: ${problem.text}`);
  for (const problem of result.warnings) print(`warning: ${problem.text}`);
  const records = result.ok
    ? ` (${countRecords(result.data).toLocaleString('en-US')} records)`
    : '';
  print(
    `${target}: ${plural(errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}${records}`,
  );
  if (options.stats && result.ok) print(`${target}: ${formatStats(datasetStats(result.data))}`);
  return errors.length > 0 ? 1 : 0;
}

function loadFolder(dir: string): LoadResult {
  const files: Record<string, string> = {};
  // Only the files the loader reads: anything else in the folder is none of its business
  for (const name of datasetFileNames(dir)) {
    const path = `${dir}/${name}`;
    const tooLarge = oversized(path, name);
    if (tooLarge) return tooLarge;
    files[name] = readFileSync(path, 'utf8');
  }
  return loadDatasetFiles(files, { dir, authoring: true });
}

/** A file the importers read rather than the loader: graph files, CSV, Wikidata results. */
function isImport(path: string): boolean {
  if (/\.(gexf|graphml|xml|csv)$/i.test(path)) return true;
  return /\.json$/i.test(path) && statSync(path).size <= MAX_FILE_CHARS
    ? isWikidataResults(readFileSync(path, 'utf8'))
    : false;
}

function loadImport(paths: string[]): LoadResult {
  for (const path of paths) {
    const tooLarge = oversized(path, path);
    if (tooLarge) return tooLarge;
  }
  const files = paths.map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
  return openTexts(files).result;
}

function loadFile(path: string): LoadResult {
  return oversized(path, path) ?? loadBundle(readFileSync(path, 'utf8'), path, { authoring: true });
}

/** Refuses a file over the limit before reading it into memory. */
function oversized(path: string, file: string): LoadResult | undefined {
  const size = statSync(path).size;
  if (size <= MAX_FILE_CHARS) return undefined;
  const problem = {
    severity: 'error' as const,
    file,
    path: [],
    message: fileTooLargeMessage(size),
    line: 1,
    column: 1,
  };
  const dir = file === path ? undefined : path.slice(0, -basename(path).length - 1);
  return {
    ok: false,
    errors: [{ ...problem, text: formatProblem(problem, { dir }) }],
    warnings: [],
  };
}

function countRecords(data: Extract<LoadResult, { ok: true }>['data']): number {
  return collectionNames.reduce((sum, name) => sum + data[name].length, 0);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// Run only when invoked as a script, not when a spec imports `main`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const [target, ...more] = args.filter((arg) => !arg.startsWith('--'));
  process.exitCode = main(target, console.log, { stats: args.includes('--stats'), more });
}
