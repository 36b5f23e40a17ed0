/**
 * Gephi's spreadsheet time columns: `Time Interval` (`<[2001.0, 2003.0]>`,
 * `<[2001-01-01, 2003-12-31]; [2005, 2006]>`, with `(` `)` for open bounds) and `timeset`
 * (`<[2001.0, 2002.0, 2004.0]>`, timestamps: read as the span from the first to the last).
 * Infinite bounds are open ends.
 */
import { timeValue } from '../networks/network';
import type { CsvRow } from './csv-parse';
import { cellOf, csvProblem, type CsvTable } from './csv-table';
import type { LocatedProblem } from '../../model/dataset/problems';

/** A span read from a time cell. */
export interface CellSpan {
  start?: string;
  end?: string;
}

const EXPECTED =
  'expected a Gephi interval such as <[2001.0, 2003.0]> or <[2001-01-01, 2003-12-31]; [2005, 2006]>';

/**
 * The spans of a row's `interval` cell: undefined when the table has no such column or the cell
 * is empty; an empty list (after reporting the problem) when it cannot be read.
 */
export function rowSpans(
  table: CsvTable,
  row: CsvRow,
  problems: LocatedProblem[],
): CellSpan[] | undefined {
  const cell = cellOf(table, row, 'interval');
  if (!cell || cell.value === '') return undefined;
  const spans = readGephiTime(cell.value);
  if (spans) return spans;
  const message = `${JSON.stringify(cell.value)} is not a time interval (${EXPECTED})`;
  problems.push(csvProblem(table.file, cell, message, { field: 'interval' }));
  return [];
}

/** Reads a Gephi interval or timestamp set; undefined when it is neither. */
export function readGephiTime(text: string): CellSpan[] | undefined {
  const inner = /^<\s*(.*?)\s*>$/.exec(text.trim())?.[1] ?? text.trim();
  const parts = inner.split(';').map((p) => p.trim());
  const spans: CellSpan[] = [];
  for (const part of parts) {
    const found = /^[[(]\s*(.*?)\s*[\])]$/.exec(part);
    if (!found) return undefined;
    const values = found[1].split(',').map((v) => v.trim());
    if (values.length < 1 || values.some((v) => v === '')) return undefined;
    const bound = (value: string) =>
      /^[+-]?inf(inity)?$/i.test(value) ? undefined : timeValue(value, 'double');
    const [first, last] = [values[0], values[values.length - 1]].map(bound);
    if ([first, last].some((v) => v !== undefined && !/^-?\d{4}(-\d{2}){0,2}$/.test(v))) {
      return undefined;
    }
    spans.push({ start: first, end: last });
  }
  return spans.length > 0 ? spans : undefined;
}
