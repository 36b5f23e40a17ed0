/**
 * An RFC 4180 CSV parser that remembers where every cell starts, so that problems can be
 * reported as `nodes.csv:LINE:COLUMN`. Accepts CRLF, LF or CR line ends, a UTF-8 byte order
 * mark, and comma, semicolon or tab delimiters (guessed from the header line). Never throws.
 */

/** One cell: its text (unquoted, untrimmed) and the 1-based line and column where it starts. */
export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

/** One record: its cells, and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: CsvCell[];
}

/** A syntax problem at a 1-based line and column. */
export interface CsvSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** A parsed file: its rows, its syntax errors and the delimiter used. */
export interface ParsedCsv {
  rows: CsvRow[];
  errors: CsvSyntaxError[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'];

/** The delimiter used most often outside quotes on the first line (comma when none is). */
export function guessDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Parses CSV text into rows of cells. Blank lines are skipped. A quote that is never closed,
 * and text between a closing quote and the next delimiter, are errors; parsing goes on.
 */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): ParsedCsv {
  const rows: CsvRow[] = [];
  const errors: CsvSyntaxError[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let row: CsvCell[] = [];
  const n = text.length;
  const isEnd = (c: string) => c === '\n' || c === '\r';
  const newline = () => {
    // CRLF counts as one line end
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
    lineStart = i;
  };
  const endRow = () => {
    const blank = row.length === 1 && row[0].value === '';
    if (!blank) rows.push({ line: row[0].line, cells: row });
    row = [];
  };

  while (i <= n) {
    const cell: CsvCell = { value: '', line, column: i - lineStart + 1 };
    if (text[i] === '"') {
      const open = { line, column: cell.column };
      let value = '';
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else if (isEnd(c)) {
          value += c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
          newline();
        } else {
          value += c;
          i++;
        }
      }
      if (!closed) {
        errors.push({
          ...open,
          message: 'has a quote that is never closed (expected a closing ")',
        });
      }
      cell.value = value;
      // Anything between the closing quote and the delimiter is an error; it is skipped
      if (i < n && text[i] !== delimiter && !isEnd(text[i])) {
        errors.push({
          line,
          column: i - lineStart + 1,
          message: `has text after a closing quote (expected ${describe(delimiter)} or the end of the line; write "" for a quote inside a quoted cell)`,
        });
        while (i < n && text[i] !== delimiter && !isEnd(text[i])) i++;
      }
    } else {
      const start = i;
      while (i < n && text[i] !== delimiter && !isEnd(text[i])) i++;
      cell.value = text.slice(start, i);
    }
    row.push(cell);
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === delimiter) i++;
    else {
      newline();
      endRow();
      if (i >= n) break;
    }
  }
  return { rows, errors, delimiter };
}

function describe(delimiter: string): string {
  return delimiter === '\t' ? 'a tab' : delimiter === ';' ? 'a semicolon' : 'a comma';
}

/** Quotes a value for CSV when it needs it (delimiter, quote or line break). */
export function csvQuote(value: string, delimiter = ','): string {
  return /["\r\n]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}
