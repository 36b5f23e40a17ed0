/**
 * Problems of a CSV import placed in its files: the loader's problems, found in the bundle
 * made from the rows, moved back to the cell each came from, and sorted by file and line.
 */
import { formatProblem, type LocatedProblem, type Problem } from '../../model/dataset/problems';
import type { RowOrigin } from './csv-records';
import { cellOf, csvProblem } from './csv-table';
import { placeProblem, type Doc } from '../json/documents';

/** The files of a CSV import, by name. */
export interface CsvNames {
  nodes: { name: string };
  edges: { name: string };
  sources?: { name: string };
  dataset?: { name: string };
}

/** Problems in file order (nodes, edges, sources, dataset.json), then by line and column. */
export function sortProblems(problems: LocatedProblem[], input: CsvNames): LocatedProblem[] {
  const order = [input.nodes.name, input.edges.name, input.sources?.name, input.dataset?.name];
  const rank = (file: string) => (order.includes(file) ? order.indexOf(file) : order.length);
  return [...problems].sort(
    (a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Moves a problem found in the generated bundle back to the CSV cell it came from. */
export function relocate(
  problem: LocatedProblem,
  origins: Map<string, RowOrigin>,
  input: CsvNames,
  infoDoc: Doc | undefined,
): LocatedProblem {
  const [collection, index, field, ...rest] = problem.path;
  if (collection === 'dataset' && infoDoc?.parsed) {
    const path = problem.path.slice(1);
    return placeProblem(infoDoc, { problem: { ...problem, file: infoDoc.file, path } });
  }
  const origin = origins.get(`${String(collection)}:${String(index)}`);
  if (!origin) {
    return csvProblem(
      input.nodes.name,
      { line: 1, column: 1 },
      problem.message,
      problem,
      problem.severity,
    );
  }
  const wanted = rest.includes('page') ? 'page' : typeof field === 'string' ? field : '';
  const column = [origin.fields[wanted], wanted === 'fate' ? 'end' : undefined].find(
    (c) => c !== undefined && origin.table.columns.has(c),
  );
  const cell = (column && cellOf(origin.table, origin.row, column)) || origin.row.cells[0];
  const moved: Problem = {
    ...problem,
    file: origin.table.file,
    field: column ?? problem.field,
    message: rowReferences(problem, origins),
    line: cell.line,
    column: cell.column,
  };
  return { ...moved, line: cell.line, column: cell.column, text: formatProblem(moved) };
}

/** The message, with the other record it names (`people:3`) placed at its row of the CSV. */
function rowReferences(problem: Problem, origins: Map<string, RowOrigin>): string {
  const { other } = problem;
  const origin = other && origins.get(`${other.collection}:${other.index}`);
  if (!other || !origin) return problem.message;
  return `${other.lead} (${origin.table.file} line ${origin.row.line})`;
}
