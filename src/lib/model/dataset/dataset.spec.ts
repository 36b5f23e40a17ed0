import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../io/json/load';
import { checkDataset } from './dataset';
import type { Problem } from './problems';
import type { DatasetRecords } from './schema';
import { dataOf } from '$lib/testing/loaded';

const fixture = fileURLToPath(new URL('../../io/fixtures/valid/', import.meta.url));

function validRecords(): DatasetRecords {
  const files: Record<string, string> = {};
  for (const file of readdirSync(fixture)) files[file] = readFileSync(fixture + file, 'utf8');
  const result = loadDatasetFiles(files);
  return dataOf(result);
}

/** The problems as one-line summaries, easy to compare. */
function summary(problems: Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.file} ${JSON.stringify(p.path)} ${p.message}`);
}

let data: DatasetRecords;
beforeEach(() => {
  data = validRecords();
});

const person = (id: string) => data.people.find((p) => p.id === id)!;

describe('checkDataset: valid data', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(checkDataset(data)).toEqual([]);
  });

  it('never throws, even on records that skipped the schemas', () => {
    const problems = checkDataset({} as DatasetRecords);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/could not be checked/);
  });
});

describe('checkDataset: ids', () => {
  it('shares one id space between people and factions', () => {
    data.factions[1].id = 'stalin';
    data.memberships = data.memberships.filter((m) => m.faction !== 'united-opposition');
    delete data.layout;
    expect(summary(checkDataset(data))).toEqual([
      'error factions.json ["items",1,"id"] duplicate id: "stalin" is already the id of a person (people[0])',
    ]);
  });

  it('keeps sources unique and records the record id and field', () => {
    data.sources[1].id = 'service-2004';
    const problems = checkDataset(data).filter((p) => p.file === 'sources.json');
    expect(problems[0]).toMatchObject({ recordId: 'service-2004', field: 'id', kind: 'source' });
  });

  it('shares one id space between alliances, rivalries, betrayals and events', () => {
    data.events[0].id = 'stalin-trotsky';
    expect(summary(checkDataset(data))).toEqual([
      'error events.json ["items",0,"id"] duplicate id: "stalin-trotsky" is already the id of a rivalry (rivalries[0])',
    ]);
  });
});

describe('checkDataset: references', () => {
  it('wants a person where a membership names a person', () => {
    data.memberships[0].person = 'politburo';
    const [problem] = checkDataset(data);
    expect(problem).toMatchObject({
      file: 'memberships.json',
      path: ['items', 0, 'person'],
      recordId: 'politburo→politburo',
      field: 'person',
      message: 'references "politburo", which is a faction (expected a person)',
    });
  });

  it('rejects a relationship whose two ends are the same', () => {
    data.rivalries[0].b = 'stalin';
    expect(summary(checkDataset(data))).toEqual([
      'error rivalries.json ["items",0,"b"] is the same as a ("stalin") (expected two different ends)',
    ]);
  });

  it('checks betrayal.ends, alliance.endedBy and event.people', () => {
    data.betrayals[0].ends = 'stalin-trotsky';
    data.alliances[1].endedBy = 'nothing';
    data.events[1].people[1] = 'kamenyev';
    expect(summary(checkDataset(data))).toEqual([
      'error alliances.json ["items",1,"endedBy"] references unknown betrayal or event "nothing"',
      'error betrayals.json ["items",0,"ends"] references "stalin-trotsky", which is a rivalry (expected alliance)',
      'error events.json ["items",1,"people",1] references unknown person "kamenyev"',
    ]);
  });

  it('checks the sources of roles', () => {
    person('stalin').roles[0].sources.push({ source: 'pravda' });
    const [problem] = checkDataset(data);
    expect(problem).toMatchObject({
      path: ['items', 0, 'roles', 0, 'sources', 1, 'source'],
      field: 'roles[0].sources[1].source',
      message: 'references unknown source "pravda"',
    });
  });
});

describe('checkDataset: dates within a record', () => {
  it('rejects a death before the birth', () => {
    person('kamenev').born = '1937';
    const messages = checkDataset(data).map((p) => p.message);
    expect(messages).toContain(
      '"1936-08-25" is before born "1937" (expected a death after the birth)',
    );
  });

  it('rejects a default time outside the range, and a range that ends before it starts', () => {
    data.dataset.defaultTime = '1940-01';
    expect(summary(checkDataset(data))).toEqual([
      'error dataset.json ["defaultTime"] "1940-01" is outside the range (expected a date from "1924" to "1938")',
    ]);
    data.dataset.range = { from: '1938', to: '1924' };
    data.dataset.defaultTime = '1930';
    expect(summary(checkDataset(data))[0]).toMatch(
      /^error dataset.json \["range","to"\] "1924" is before/,
    );
  });

  it('wants a note wherever disputed is true, fates included', () => {
    data.alliances[0].disputed = true;
    person('zinoviev').fate!.disputed = true;
    expect(summary(checkDataset(data))).toEqual([
      'error alliances.json ["items",0,"disputed"] is true but the record has no note (expected a note saying what is disputed)',
      'error people.json ["items",2,"fate","disputed"] is true but the fate has no note (expected a note saying what is disputed)',
    ]);
    data.alliances[0].note = 'Kotkin dates the break earlier.';
    person('zinoviev').fate!.note = 'Some accounts give 24 August.';
    expect(checkDataset(data)).toEqual([]);
  });
});

describe('checkDataset: lives and spans', () => {
  it('rejects an open membership of someone who died within the range', () => {
    delete data.memberships[2].to; // kamenev in the politburo
    expect(summary(checkDataset(data))).toEqual([
      `error memberships.json ["items",2,"to"] is missing, so it lasts past the dataset's range, but person "kamenev" died "1936-08-25" (expected an end date)`,
    ]);
  });

  it('accepts an open membership of someone who died after the range', () => {
    delete data.memberships[1].to; // trotsky, died 1940
    expect(checkDataset(data)).toEqual([]);
  });

  it('rejects a membership that starts before the birth or before the faction', () => {
    data.memberships[0].from = '1870';
    expect(summary(checkDataset(data))).toEqual([
      'error memberships.json ["items",0,"from"] "1870" is before person "stalin" was born ("1878-12-18")',
      'error memberships.json ["items",0,"from"] "1870" is before faction "politburo" began ("1919-03")',
    ]);
  });

  it('accepts partial dates that may fall within the life', () => {
    data.memberships[2].to = '1936'; // kamenev died 1936-08-25
    expect(checkDataset(data)).toEqual([]);
  });

  it('rejects relationships and betrayals outside either end', () => {
    data.alliances[1].to = '1937';
    data.betrayals[0].date = '1936-09';
    expect(summary(checkDataset(data))).toEqual([
      'error alliances.json ["items",1,"to"] "1937" is after person "zinoviev" died ("1936-08-25")',
      'error alliances.json ["items",1,"to"] "1937" is after person "kamenev" died ("1936-08-25")',
      'error betrayals.json ["items",0,"date"] "1936-09" is after person "zinoviev" died ("1936-08-25")',
    ]);
  });

  it('rejects a role held after death', () => {
    person('zinoviev').roles.push({
      title: 'Chairman',
      from: '1919',
      to: '1937',
      sources: [{ source: 'service-2004' }],
    });
    const [problem] = checkDataset(data);
    expect(problem).toMatchObject({ path: ['items', 2, 'roles', 0, 'to'], field: 'roles[0].to' });
  });
});

describe('checkDataset: warnings', () => {
  it('warns about overlapping alliances of one pair, but not about ones that may only touch', () => {
    const extra = { ...data.alliances[1], id: 'kamenev-zinoviev', a: 'kamenev', b: 'zinoviev' };
    data.alliances.push({ ...extra, from: '1927', to: '1930' });
    expect(checkDataset(data)).toEqual([]);
    data.alliances[2].from = '1926';
    expect(summary(checkDataset(data))).toEqual([
      'warning alliances.json ["items",2,"from"] overlaps alliance "zinoviev-kamenev" of the same pair (1923 to 1927-12; expected one alliance per pair at a time)',
    ]);
  });

  it('warns about a death without a fate, and a fate dated differently', () => {
    delete person('kamenev').fate;
    person('zinoviev').fate!.date = '1936-08-24';
    expect(checkDataset(data).map((p) => [p.severity, p.recordId, p.field])).toEqual([
      ['warning', 'zinoviev', 'fate.date'],
      ['warning', 'kamenev', 'fate'],
    ]);
  });

  it('warns about records dated wholly outside the range', () => {
    data.events[0].date = '1917-10-25';
    expect(summary(checkDataset(data))).toEqual([
      `warning events.json ["items",0,"date"] is dated wholly outside the dataset's range (1924 to 1938)`,
    ]);
  });

  it('warns about stale positions and nodes without one in the layout', () => {
    const positions = data.layout!.positions;
    positions.bukharin = { x: 1, y: 1 };
    delete positions.kamenev;
    expect(summary(checkDataset(data))).toEqual([
      'warning layout.json ["positions","bukharin"] "bukharin" is not a person or faction (run npm run layout to refresh the layout)',
      'warning layout.json ["positions"] has no position for 1 people or factions ("kamenev"; run npm run layout)',
    ]);
  });
});
