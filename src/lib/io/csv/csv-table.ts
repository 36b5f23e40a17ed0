/**
 * A parsed CSV file read through its header: which column is which, each row's cells by
 * column name, and problems placed at `file:line:column`.
 */
import { formatProblem, type LocatedProblem, type Problem } from '../../model/dataset/problems';
import { parseCsv, type CsvCell, type CsvRow } from './csv-parse';
import { norm, type ColumnSpec } from './csv-columns';
import { fileTooLargeMessage, MAX_FILE_CHARS } from '../json/limits';

/** A CSV file by name, with its text. */
export interface CsvFile {
  name: string;
  text: string;
}

/** A CSV file's rows, with its columns resolved by name. */
export interface CsvTable {
  file: string;
  columns: Map<string, number>;
  rows: CsvRow[];
}

/** The optional parts of a problem in a CSV file: the record and the column. */
export type CsvSubject = Pick<Problem, 'kind' | 'recordId' | 'field'>;

/** A problem placed in a CSV file, formatted like the loader's. */
export function csvProblem(
  file: string,
  at: { line: number; column: number },
  message: string,
  subject: CsvSubject = {},
  severity: Problem['severity'] = 'error',
): LocatedProblem {
  const problem = { severity, file, path: [], ...subject, message, ...at };
  return { ...problem, line: at.line, column: at.column, text: formatProblem(problem) };
}

/** Parses a CSV file and resolves its header against the columns it may have. */
export function readTable(
  file: CsvFile,
  specs: readonly ColumnSpec[],
  problems: LocatedProblem[],
): CsvTable | undefined {
  const start = { line: 1, column: 1 };
  if (typeof file.text !== 'string') {
    problems.push(csvProblem(file.name, start, 'is not text (expected CSV text)'));
    return undefined;
  }
  if (file.text.length > MAX_FILE_CHARS) {
    problems.push(csvProblem(file.name, start, fileTooLargeMessage(file.text.length)));
    return undefined;
  }
  const parsed = parseCsv(file.text);
  for (const error of parsed.errors) problems.push(csvProblem(file.name, error, error.message));
  const [header, ...rows] = parsed.rows;
  if (!header) {
    const expected = specs.filter((s) => s.required).map((s) => s.name);
    const message = `is empty (expected a header line with the columns ${expected.join(', ')})`;
    problems.push(csvProblem(file.name, start, message));
    return undefined;
  }
  const columns = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const name = norm(cell.value);
    const spec = specs.find((s) => s.aliases.includes(name) && !columns.has(s.name));
    const taken = specs.find((s) => s.aliases.includes(name));
    if (spec) columns.set(spec.name, index);
    else if (taken) {
      const message = `column ${JSON.stringify(cell.value)} appears twice (expected each column once)`;
      problems.push(csvProblem(file.name, cell, message));
    } else if (name !== '') {
      const known = specs.map((s) => s.name).join(', ');
      const message = `column ${JSON.stringify(cell.value.trim())} is not used (the columns read are ${known})`;
      problems.push(csvProblem(file.name, cell, message, {}, 'warning'));
    }
  });
  let missing = false;
  for (const spec of specs.filter((s) => s.required && !columns.has(s.name))) {
    const message = `has no column "${spec.name}" in its header (expected the columns ${specs
      .filter((s) => s.required)
      .map((s) => s.name)
      .join(', ')}, in any order)`;
    problems.push(csvProblem(file.name, start, message));
    missing = true;
  }
  for (const row of rows) {
    if (row.cells.length > header.cells.length) {
      const extra = row.cells[header.cells.length];
      const message = `has ${row.cells.length} cells but the header has ${header.cells.length} (expected one cell per column; quote a cell that contains a delimiter)`;
      problems.push(csvProblem(file.name, extra, message));
    }
  }
  return missing ? undefined : { file: file.name, columns, rows };
}

/** A row's cell in the named column: trimmed value and position; undefined when absent. */
export function cellOf(table: CsvTable, row: CsvRow, name: string): CsvCell | undefined {
  const index = table.columns.get(name);
  if (index === undefined) return undefined;
  const cell = row.cells[index];
  // A short row: the missing cells are empty, placed just after the last one
  if (!cell) {
    const last = row.cells[row.cells.length - 1];
    return { value: '', line: last.line, column: last.column + last.value.length + 1 };
  }
  return { ...cell, value: cell.value.trim() };
}

/** The trimmed text of a row's cell in the named column ('' when absent). */
export function textOf(table: CsvTable, row: CsvRow, name: string): string {
  return cellOf(table, row, name)?.value ?? '';
}
