import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './validate';

const fixtures = 'src/lib/io/fixtures';
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(`${tmpdir()}/factions-validate-`);
  temporary.push(dir);
  return dir;
}

function run(target?: string, ...more: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = main(target, (line) => lines.push(line), { more });
  return { code, lines };
}

describe('npm run validate', () => {
  it('checks imports: GEXF, GraphML, Wikidata results and a Gephi CSV pair', () => {
    expect(run(`${fixtures}/gephi-0.10-dynamic.gexf`)).toEqual({
      code: 0,
      lines: [`${fixtures}/gephi-0.10-dynamic.gexf: 0 errors, 0 warnings (17 records)`],
    });
    expect(run(`${fixtures}/networkx.graphml`).code).toBe(0);
    expect(run(`${fixtures}/wikidata-query.json`).lines.at(-1)).toBe(
      `${fixtures}/wikidata-query.json: 0 errors, 3 warnings (14 records)`,
    );
    expect(run(`${fixtures}/gephi-nodes.csv`, `${fixtures}/gephi-edges.csv`).code).toBe(0);
    const broken = `${tempDir()}/broken.gexf`;
    writeFileSync(broken, '<gexf><graph>\n<nodes></graph></gexf>');
    const { code, lines } = run(broken);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^error: broken\.gexf:2:\d+ is not well-formed XML: /);
  });

  it('exits 0 on a valid folder and prints a summary', () => {
    expect(run(`${fixtures}/valid`)).toEqual({
      code: 0,
      lines: [`${fixtures}/valid: 0 errors, 0 warnings (20 records)`],
    });
  });

  it('exits 1 on an invalid folder, one line per error, then the summary', () => {
    expect(run(`${fixtures}/bad-date`)).toEqual({
      code: 1,
      lines: [
        `error: ${fixtures}/bad-date/alliances.json:8:13 alliance "stalin-zinoviev" .to: "1925-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
        `${fixtures}/bad-date: 1 error, 0 warnings`,
      ],
    });
  });

  it('prints errors before warnings', () => {
    const dir = tempDir();
    for (const file of readdirSync(`${fixtures}/valid`)) {
      writeFileSync(`${dir}/${file}`, readFileSync(`${fixtures}/valid/${file}`, 'utf8'));
    }
    const events = JSON.parse(readFileSync(`${dir}/events.json`, 'utf8'));
    events.items[0].date = '1917'; // a warning: outside the range
    events.items[1].people = ['nobody']; // an error
    writeFileSync(`${dir}/events.json`, JSON.stringify(events, null, 2));
    const { code, lines } = run(dir);
    expect(code).toBe(1);
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['error:', 'warning:', `${dir}:`]);
    expect(lines[2]).toBe(`${dir}: 1 error, 1 warning`);
  });

  it('accepts one bundle file', () => {
    const dir = tempDir();
    const bundle: Record<string, unknown> = {};
    for (const file of readdirSync(`${fixtures}/valid`)) {
      const value = JSON.parse(readFileSync(`${fixtures}/valid/${file}`, 'utf8'));
      bundle[file.replace('.json', '')] = value.items ?? value;
    }
    writeFileSync(`${dir}/bundle.json`, JSON.stringify(bundle));
    expect(run(`${dir}/bundle.json`).code).toBe(0);
    const broken = JSON.stringify({ ...bundle, people: 3 });
    writeFileSync(`${dir}/bundle.json`, broken);
    const column = broken.indexOf('"people":3') + '"people":'.length + 1;
    expect(run(`${dir}/bundle.json`)).toEqual({
      code: 1,
      lines: [
        `error: ${dir}/bundle.json:1:${column} .people: expected array, got number`,
        `${dir}/bundle.json: 1 error, 0 warnings`,
      ],
    });
  });

  it('warns, at the line of the record, for people with no life dates or no relationship', () => {
    const dir = tempDir();
    // Without layout.json, which would warn that the new person has no position
    for (const file of readdirSync(`${fixtures}/valid`).filter((f) => f !== 'layout.json')) {
      writeFileSync(`${dir}/${file}`, readFileSync(`${fixtures}/valid/${file}`, 'utf8'));
    }
    const people = JSON.parse(readFileSync(`${dir}/people.json`, 'utf8'));
    const sources = people.items[0].sources;
    const loner = { id: 'loner', name: 'Loner', born: '1900', summary: 'x', sources };
    people.items.push(loner);
    delete people.items[0].born;
    delete people.items[0].died;
    delete people.items[0].fate;
    writeFileSync(`${dir}/people.json`, JSON.stringify(people, null, 2));
    const text = JSON.stringify(people, null, 2).split('\n');
    const lineOf = (id: string) => text.findIndex((l) => l.includes(`"id": "${id}"`));
    expect(run(dir)).toEqual({
      code: 0,
      lines: [
        `warning: ${dir}/people.json:${lineOf('stalin')}:5 person "stalin": has no life dates (expected born, and died if the person has died)`,
        `warning: ${dir}/people.json:${lineOf('loner')}:5 person "loner": has no relationship (expected a membership, alliance, rivalry or betrayal naming them)`,
        `${dir}: 0 errors, 2 warnings (21 records)`,
      ],
    });
  });

  it('prints one line of counts with --stats', () => {
    const lines: string[] = [];
    expect(main(`${fixtures}/valid`, (line) => lines.push(line), { stats: true })).toBe(0);
    expect(lines[1]).toMatch(
      /^src\/lib\/io\/fixtures\/valid: 4 people, \d+ factions, \d+ memberships, \d+ alliances, \d+ rivalries, \d+ betrayals, \d+ events, \d+ disputed flags, \d+% of \d+ citations to books or articles, \d+ records citing only web pages$/,
    );
  });

  it('exits 1 with a message when the folder does not exist', () => {
    const { code, lines } = run('no/such/folder');
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^error: no\/such\/folder: cannot be read/);
  });
});
