/**
 * Opening a dataset from the files a user picked or dropped: the nine files of a dataset
 * folder, one bundle file, or CSV files (nodes and edges, optionally sources and a
 * dataset.json). Decides which from names and contents, then runs the right loader.
 * Pure and synchronous: it runs in the layout worker. Never throws.
 */
import { formatProblem, type LocatedProblem } from '../model/dataset/problems';
import { parseCsv } from './csv/csv-parse';
import { edgeColumns, norm, sourceColumns } from './csv/csv-columns';
import { loadCsv, type CsvInput } from './csv/csv';
import {
  loadBundle,
  loadDatasetFiles,
  optionalFiles,
  requiredFiles,
  type LoadResult,
} from './json/load';
import { crashed } from './json/results';
import { isGraphFile } from './file-kinds';
import { loadGraphFile } from './networks/graph-file';
import type { ImportMapping } from './networks/import-mapping';
import { isWikidataResults, loadWikidata } from './networks/wikidata';

/** A file's name and text. */
export interface NamedText {
  name: string;
  text: string;
}

/** The loader's result, and a short description of what was opened ("bundle.json"). */
export interface Opened {
  result: LoadResult;
  label: string;
}

const FOLDER_FILES = new Set([...requiredFiles, ...optionalFiles]);

/** What opening may be told: the year that dates an import's source, a graph file's mapping. */
export interface OpenOptions {
  year?: number;
  mapping?: ImportMapping;
}

/** Loads a dataset from picked files. `year` dates the source of a CSV import. */
export function openTexts(files: NamedText[], options: OpenOptions = {}): Opened {
  try {
    if (!Array.isArray(files) || files.length === 0) {
      return failed('(no file)', 'no file was chosen (expected .json or .csv files)');
    }
    const names = files.map((f) => f.name);
    const graph = files.find((f) => isGraphFile(f.name));
    if (graph) return { result: loadGraphFile(graph, options), label: graph.name };
    if (files.length === 1 && isWikidataResults(files[0].text)) {
      return { result: loadWikidata(files[0], options), label: files[0].name };
    }
    const csv = files.filter((f) => /\.csv$/i.test(f.name));
    if (csv.length > 0) return openCsv(csv, files, options);
    if (files.length === 1 && isBundle(files[0])) {
      return { result: loadBundle(files[0].text, files[0].name), label: files[0].name };
    }
    const byName: Record<string, string> = {};
    for (const file of files)
      if (FOLDER_FILES.has(baseName(file.name))) byName[baseName(file.name)] = file.text;
    const unknown = names.filter((n) => !FOLDER_FILES.has(baseName(n)));
    if (unknown.length > 0 && Object.keys(byName).length === 0) {
      const message = `is not a dataset file (expected one bundle file, the files of a dataset folder (${requiredFiles.join(', ')}), nodes.csv and edges.csv, a .gexf or .graphml file, or a Wikidata query's JSON results)`;
      return failed(unknown[0], message);
    }
    return { result: loadDatasetFiles(byName), label: `${Object.keys(byName).length} files` };
  } catch (error) {
    return { result: crashed(files?.[0]?.name ?? 'dataset', error), label: 'dataset' };
  }
}

/** A lone file is a bundle unless it is one of a folder's files (a bundle may be named dataset.json). */
function isBundle(file: NamedText): boolean {
  if (!FOLDER_FILES.has(baseName(file.name))) return true;
  try {
    const value: unknown = JSON.parse(file.text);
    // A bundle holds the collections; a folder's dataset.json holds none
    return typeof value === 'object' && value !== null && 'dataset' in value && 'people' in value;
  } catch {
    return false;
  }
}

function openCsv(csv: NamedText[], all: NamedText[], options: { year?: number }): Opened {
  const roles: Partial<Record<'nodes' | 'edges' | 'sources', NamedText>> = {};
  for (const file of csv) {
    const role = csvRole(file);
    if (roles[role]) {
      return failed(
        file.name,
        `looks like a second ${role} file beside ${roles[role].name} (expected one nodes file and one edges file)`,
      );
    }
    roles[role] = file;
  }
  const dataset = all.find((f) => baseName(f.name) === 'dataset.json');
  const label = csv.map((f) => f.name).join(', ');
  // An edges file alone is enough (its ends become the nodes); a nodes file alone is not
  if (!roles.edges) {
    const message = `is not enough: a CSV import needs an edges file too (nodes: id, label, type, start, end; edges: source, target, type, start, end)`;
    return failed(csv[0].name, message, label);
  }
  const input: CsvInput = { edges: roles.edges, sources: roles.sources, dataset };
  if (roles.nodes) input.nodes = roles.nodes;
  return { result: loadCsv(input, options), label };
}

/** Which CSV a file is, from its header (or else its name). */
function csvRole(file: NamedText): 'nodes' | 'edges' | 'sources' {
  const header =
    parseCsv(file.text.slice(0, 10_000)).rows[0]?.cells.map((c) => norm(c.value)) ?? [];
  const has = (aliases: readonly string[]) => header.some((h) => aliases.includes(h));
  const alias = (specs: typeof edgeColumns, name: string) =>
    specs.find((s) => s.name === name)?.aliases ?? [];
  if (has(alias(edgeColumns, 'source')) && has(alias(edgeColumns, 'target'))) return 'edges';
  if (has(alias(sourceColumns, 'author')) && has(alias(sourceColumns, 'title'))) return 'sources';
  if (header.length > 0 && has(['id', 'identifier', 'key'])) return 'nodes';
  const name = baseName(file.name);
  if (/edge|link|relation|tie/.test(name)) return 'edges';
  if (/source|biblio|reference/.test(name)) return 'sources';
  return 'nodes';
}

function baseName(name: string): string {
  return String(name).split(/[\\/]/).at(-1)?.toLowerCase() ?? '';
}

function failed(file: string, message: string, label = file): Opened {
  const problem = { severity: 'error' as const, file, path: [], message, line: 1, column: 1 };
  const located: LocatedProblem = { ...problem, text: formatProblem(problem) };
  return { result: { ok: false, errors: [located], warnings: [] }, label };
}
