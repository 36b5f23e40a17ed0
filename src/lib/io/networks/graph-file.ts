/**
 * Opening a graph file (GEXF or GraphML): parse the XML, read it as a network, and map it
 * onto records with a mapping (the guessed one unless the import dialog chose another).
 * Never throws.
 */
import type { LocatedProblem } from '../../model/dataset/problems';
import { readGexf } from './gexf-read';
import { readGraphml } from './graphml-read';
import { guessMapping, summarize, type ImportMapping, type NetworkSummary } from './import-mapping';
import type { LoadResult } from '../json/load';
import { netProblem, type Network } from './network';
import { loadNetwork } from './network-records';
import { parseXml } from './xml-tree';

/** A graph file read as a network, or the problems that stopped it. */
export function readNetwork(file: {
  name: string;
  text: string;
}): { ok: true; network: Network } | { ok: false; errors: LocatedProblem[] } {
  const parsed = parseXml(file.text);
  if (!parsed.ok) return { ok: false, errors: [netProblem(file.name, parsed.at, parsed.message)] };
  const { root } = parsed;
  if (root.name === 'gexf') return { ok: true, network: readGexf(root, file.name) };
  if (root.name === 'graphml') return { ok: true, network: readGraphml(root, file.name) };
  const message = `has the root element <${root.name}> (expected <gexf> or <graphml>)`;
  return { ok: false, errors: [netProblem(file.name, root.at, message)] };
}

/** What the import dialog shows: the file's attributes and the guessed mapping. */
export type GraphScan =
  | { ok: true; summary: NetworkSummary; mapping: ImportMapping }
  | { ok: false; errors: LocatedProblem[] };

/** Reads a graph file far enough to offer a mapping; `remembered` is the last one chosen. */
export function scanGraphFile(
  file: { name: string; text: string },
  remembered?: ImportMapping,
): GraphScan {
  try {
    const read = readNetwork(file);
    if (!read.ok) return read;
    const summary = summarize(read.network);
    return { ok: true, summary, mapping: guessMapping(summary, remembered) };
  } catch (error) {
    const message = `could not be read (internal error: ${String(error).slice(0, 200)})`;
    return {
      ok: false,
      errors: [netProblem(file?.name ?? 'graph', { line: 1, column: 1 }, message)],
    };
  }
}

/** Loads a graph file as a dataset, with a mapping (else the guessed one). */
export function loadGraphFile(
  file: { name: string; text: string },
  options: { mapping?: ImportMapping; year?: number } = {},
): LoadResult {
  try {
    const read = readNetwork(file);
    if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
    const mapping = options.mapping ?? guessMapping(summarize(read.network));
    return loadNetwork(read.network, mapping, { year: options.year });
  } catch (error) {
    const message = `could not be read (internal error: ${String(error).slice(0, 200)})`;
    const errors = [netProblem(file?.name ?? 'graph', { line: 1, column: 1 }, message)];
    return { ok: false, errors, warnings: [] };
  }
}
