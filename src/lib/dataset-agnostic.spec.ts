/**
 * Factions explores any dataset: no code in src/ may name a person or faction of the bundled
 * dataset, or quote one of its years. Titles, years and the default year come from
 * dataset.json. Comments, specs and test fixtures may use the bundled data as examples.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const people: { id: string; name: string }[] = read('graph-data/people.json').items;
const factions: { id: string; name: string }[] = read('graph-data/factions.json').items;
const range: { from: string; to: string } = read('graph-data/dataset.json').range;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    const code = /\.(ts|js|svelte)$/.test(name);
    return code && !/\.spec\.ts$|fixtures?\.ts$/.test(name) ? [path] : [];
  });
}

/** The code of a file without its comments. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('src/ is not tied to the bundled dataset', () => {
  const files = sourceFiles('src').map((path) => ({
    path,
    code: code(readFileSync(path, 'utf8')),
  }));
  const names = new Set<string>();
  for (const record of [...people, ...factions]) {
    names.add(record.id);
    names.add(record.name);
  }
  // A person's every name, such as a surname (words of four letters or more)
  for (const person of people)
    for (const word of person.name.split(/\s+/)) if (word.length >= 4) names.add(word);

  it('names no person or faction of it', () => {
    const found: string[] = [];
    for (const name of names) {
      const pattern = new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`, 'i');
      for (const file of files) if (pattern.test(file.code)) found.push(`${file.path}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('quotes none of its years', () => {
    const from = Number(range.from.slice(0, 4));
    const to = Number(range.to.slice(0, 4));
    const found: string[] = [];
    for (let year = from; year <= to; year++) {
      // In a string or template: "1929", '1929-03', `…1929…`
      const pattern = new RegExp(`['"\`][^'"\`\\n]*\\b${year}\\b[^'"\`\\n]*['"\`]`);
      for (const file of files) if (pattern.test(file.code)) found.push(`${file.path}: ${year}`);
    }
    expect(found).toEqual([]);
  });
});
