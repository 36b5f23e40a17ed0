/**
 * EDTF dates in words, for Details, the table and every label: "between 30 Jan and 1 Feb
 * 1937", "about 1922", "perhaps May 1922", "the 1930s", "by 1923", "1925 or later".
 * Anything that is not a date of the grammar comes back unchanged.
 */
import { MONTHS } from './dates';
import { parsePart, readEdtf, type EdtfPart } from './edtf';

/** Plain words of a part without its qualifier: "30 Jan 1937", "the 1930s", "1937 (month unknown)". */
function plainWords(p: EdtfPart, omitYear = false, omitMonth = false): string {
  const decades = /^(\d{2,3})(X+)$/.exec(p.year);
  if (decades) {
    const base = decades[1] + '0'.repeat(decades[2].length);
    return `the ${base}s`;
  }
  if (p.year.includes('X')) return 'an unknown year';
  const year = omitYear ? '' : p.year;
  if (p.month === undefined) return year;
  if (p.month.includes('X')) return `${year} (month unknown)`.trim();
  const month = MONTHS[Number(p.month) - 1];
  const monthYear = omitMonth ? '' : `${month} ${year}`.trim();
  if (p.day === undefined) return monthYear;
  if (p.day.includes('X')) return `${monthYear} (day unknown)`;
  return `${Number(p.day)} ${monthYear}`.trim();
}

/** Words of one part with its qualifier: "about 1922", "perhaps May 1922". */
function partWords(p: EdtfPart): string {
  const words = plainWords(p);
  if (p.qualifier === 'approximate') return `about ${words}`;
  if (p.qualifier === 'uncertain') return `perhaps ${words}`;
  if (p.qualifier === 'both') return `perhaps about ${words}`;
  return words;
}

/** Words for several plain parts that may share their year and month: "24 or 25 Aug 1936". */
function listWords(parts: EdtfPart[], joiner: string): string[] {
  const simple = parts.every((p) => p.qualifier === undefined && !p.text.includes('X'));
  if (!simple) return parts.map(partWords);
  const last = parts[parts.length - 1];
  return parts.map((p, i) => {
    if (i === parts.length - 1) return plainWords(p);
    const sameYear = p.year === last.year && p.month !== undefined && last.month !== undefined;
    const sameMonth = sameYear && p.month === last.month && p.day !== undefined;
    return plainWords(p, sameYear && joiner !== '', sameMonth);
  });
}

function part(text: string): EdtfPart | undefined {
  const p = parsePart(text);
  return 'error' in p ? undefined : p;
}

function orList(words: string[]): string {
  return words.length === 1
    ? words[0]
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function setWords(body: string): string {
  const items = body.split(',');
  if (items.length === 1 && items[0].includes('..')) {
    const [a, b] = items[0].split('..');
    const start = a === '' ? undefined : part(a);
    const end = b === '' ? undefined : part(b);
    if (!start && end) return `by ${partWords(end)}`;
    if (start && !end) return `${partWords(start)} or later`;
    if (start && end) {
      const [x, y] = listWords([start, end], 'and');
      return `between ${x} and ${y}`;
    }
  }
  const parts = items.map((i) => (i.includes('..') ? undefined : part(i)));
  if (parts.every((p) => p !== undefined)) return orList(listWords(parts, 'or'));
  return orList(items.map((i) => i.replace('..', ' to ')));
}

function intervalWords(text: string): string {
  const [a, b] = text.split('/');
  const open = (s: string) => s === '..' || s === '';
  const start = open(a) ? undefined : part(a);
  const end = open(b) ? undefined : part(b);
  if (start && !end) return `${partWords(start)} or later`;
  if (!start && end) return `${partWords(end)} or earlier`;
  if (start && end) {
    const [x, y] = listWords([start, end], '–');
    return `${x} – ${y}`;
  }
  return text;
}

/** A date of the grammar in words; anything else unchanged. */
export function formatEdtf(value: string): string {
  if (!readEdtf(value).ok) return value;
  if (value.startsWith('[')) return setWords(value.slice(1, -1));
  if (value.includes('/')) return intervalWords(value);
  const p = part(value);
  return p ? partWords(p) : value;
}
