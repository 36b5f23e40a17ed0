import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvQuote, guessDelimiter, parseCsv } from './csv-parse';

const values = (text: string) => parseCsv(text).rows.map((row) => row.cells.map((c) => c.value));

describe('parseCsv', () => {
  it('reads cells, quoted cells, escaped quotes and line breaks inside quotes', () => {
    const text = 'id,label\r\na,"Neville, Richard"\nb,"say ""no"""\nc,"two\nlines"\n';
    expect(values(text)).toEqual([
      ['id', 'label'],
      ['a', 'Neville, Richard'],
      ['b', 'say "no"'],
      ['c', 'two\nlines'],
    ]);
    expect(parseCsv(text).errors).toEqual([]);
  });

  it('places every cell at its line and column, counting a quoted line break', () => {
    const rows = parseCsv('id,label\n"x\ny",z\nw,v').rows;
    expect(rows[1].cells.map((c) => [c.line, c.column])).toEqual([
      [2, 1],
      [3, 4],
    ]);
    expect(rows[2]).toMatchObject({ line: 4, cells: [{ line: 4, column: 1 }, { column: 3 }] });
  });

  it('skips blank lines and a byte order mark, and keeps empty cells', () => {
    expect(values('\uFEFFa,b\n\n,x\n\n')).toEqual([
      ['a', 'b'],
      ['', 'x'],
    ]);
    expect(values('')).toEqual([]);
    expect(values('a,')).toEqual([['a', '']]);
  });

  it('reports a quote that is never closed, and text after a closing quote', () => {
    expect(parseCsv('a,b\n1,"open').errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 3,
        message: expect.stringContaining('never closed'),
      }),
    ]);
    const after = parseCsv('a,b\n"x"y,2');
    expect(after.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 4,
        message: expect.stringContaining('after a closing quote'),
      }),
    ]);
    expect(after.rows[1].cells.map((c) => c.value)).toEqual(['x', '2']);
  });

  it('guesses comma, semicolon or tab from the header line', () => {
    expect(guessDelimiter('id;label;type\n1,2,3')).toBe(';');
    expect(guessDelimiter('id\tlabel\n')).toBe('\t');
    expect(guessDelimiter('"a;b",c\n')).toBe(',');
    expect(values('id;label\n1;"x;y"')).toEqual([
      ['id', 'label'],
      ['1', 'x;y'],
    ]);
  });

  it('reads back any table written with csvQuote, and never throws', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', 'é', ';') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1 });
    fc.assert(
      fc.property(table, (rows) => {
        // Rows of two cells or more: a one-cell row with an empty cell is a blank line
        const text = rows.map((row) => row.map((v) => csvQuote(v)).join(',')).join('\r\n');
        expect(parseCsv(text, ',').rows.map((row) => row.cells.map((c) => c.value))).toEqual(rows);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseCsv(text)));
  });
});
