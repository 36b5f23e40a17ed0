/** The relationships table filtered by text, and as CSV for a spreadsheet. */
import { normalizeSearchText } from './search';
import type { TableRow } from './table';

/**
 * The rows whose type, ends, dates or sources contain every word of `query` (case, accents
 * and punctuation ignored); all rows for an empty query. "disputed" finds the disputed ones.
 */
export function filterRows(rows: readonly TableRow[], query: string): TableRow[] {
  const words = normalizeSearchText(query.slice(0, 200)).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = normalizeSearchText(
      [
        row.type,
        row.from.name,
        row.to.name,
        row.sinceText,
        row.untilText,
        ...row.sources,
        row.disputed ? 'disputed' : '',
      ].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
}

export const CSV_HEADER = ['Type', 'From', 'To', 'Since', 'Until', 'Sources', 'Disputed', 'Id'];

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-`,
 * `@` or tab gets a `'` so that a spreadsheet does not run it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV (RFC 4180, CRLF line ends), dates as the data gives them. */
export function rowsToCsv(rows: readonly TableRow[]): string {
  const lines = [CSV_HEADER];
  for (const row of rows) {
    lines.push([
      row.type,
      row.from.name,
      row.to.name,
      row.since,
      row.until ?? '',
      row.sources.join('; '),
      row.disputed ? 'yes' : '',
      row.id,
    ]);
  }
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
