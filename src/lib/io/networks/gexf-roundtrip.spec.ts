/**
 * Round trip: a dataset exported as GEXF (Export GEXF) and imported again has the same active
 * sets in every year. Once with the dataset's own dates (attributes `from`, `to`, `born`, …,
 * EDTF included), once from Gephi's spells alone (what a file edited in Gephi may keep).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGexf } from '$lib/export/gexf';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import type { DatasetRecords } from '$lib/model/dataset/schema';
import * as make from '$lib/testing/timeline-fixtures';
import { loadGraphFile } from './graph-file';
import { loadBundleValue, loadDatasetFiles } from '../json/load';
import { readDatasetFolder } from '../node-files';
import { dataOf } from '$lib/testing/loaded';

const plain = fc
  .tuple(fc.integer({ min: 1924, max: 1935 }), fc.integer({ min: 0, max: 12 }), fc.nat(28))
  .map(([y, m, d]) =>
    m === 0
      ? String(y)
      : `${y}-${String(m).padStart(2, '0')}${d === 0 ? '' : `-${String(d).padStart(2, '0')}`}`,
  );
const uncertain = fc.oneof(
  { arbitrary: plain, weight: 3 },
  fc.tuple(plain, fc.constantFrom('?', '~')).map(([d, q]) => d + q),
);

/** A valid dataset: memberships inside lives and faction spans, references resolved. */
function datasetArb(date: fc.Arbitrary<string>) {
  const interval = fc
    .tuple(date, fc.option(date, { nil: undefined }))
    .map(
      ([a, b]) =>
        (b === undefined || b.replace(/[?~]/, '') >= a.replace(/[?~]/, '') ? [a, b] : [b, a]) as [
          string,
          string | undefined,
        ],
    );
  const people = ['ann', 'bob', 'cyd', 'dan'];
  const factions = ['left', 'right'];
  const end = fc.option(fc.constantFrom('1936', '1937-03-15', '1938-08'), { nil: undefined });
  return fc
    .record({
      deaths: fc.array(end, { minLength: 4, maxLength: 4 }),
      ends: fc.array(fc.option(fc.constantFrom('1936', '1937-06-30'), { nil: undefined }), {
        minLength: 2,
        maxLength: 2,
      }),
      memberships: fc.array(
        fc.tuple(fc.constantFrom(...people), fc.constantFrom(...factions), interval, fc.boolean()),
        { maxLength: 6 },
      ),
      ties: fc.array(
        fc.tuple(
          fc.constantFrom('alliance', 'rivalry', 'betrayal'),
          fc.constantFrom(...people, ...factions),
          fc.constantFrom(...people),
          interval,
        ),
        { maxLength: 8 },
      ),
    })
    .map(({ deaths, ends, memberships, ties }): DatasetRecords => {
      const keys = new Set<string>();
      return make.dataset({
        sources: [{ id: 'test', author: 'A', title: 'T', year: 2000 }],
        people: people.map((id, i) =>
          make.person(id, {
            born: '1890',
            ...(deaths[i] ? { died: deaths[i], fate: { kind: 'executed', date: deaths[i] } } : {}),
          }),
        ),
        factions: factions.map((id, i) => ({
          ...make.faction(id, '1924', ends[i]),
          kind: 'opposition',
        })),
        memberships: memberships
          .filter(([p, f, [from]]) => !keys.has(`${p}${f}${from}`) && keys.add(`${p}${f}${from}`))
          .map(([p, f, [from], leader]) => ({
            ...make.membership(p, f, from, '1935-12-31'),
            role: leader ? 'leader' : 'member',
          })),
        alliances: ties
          .filter(([k, a, b]) => k === 'alliance' && a !== b)
          .map(([, a, b, [from, to]], i) => make.alliance(`ally-${i}`, a, b, from, to)),
        rivalries: ties
          .filter(([k, a, b]) => k === 'rivalry' && a !== b)
          .map(([, a, b, [from, to]], i) => make.rivalry(`feud-${i}`, a, b, from, to)),
        betrayals: ties
          .filter(([k, a, b]) => k === 'betrayal' && a !== b && people.includes(a))
          .map(([, a, b, [date]], i) => make.betrayal(`turn-${i}`, a, b, date)),
      });
    });
}

/** What is active in each year, as ids (memberships as person--faction). */
function activeSets(data: DatasetRecords, exact: boolean, range = data.dataset.range) {
  const timeline = buildTimeline(data);
  const byKey = new Map(data.memberships.map((m) => [`${m.person}--${m.faction}--${m.from}`, m]));
  const years = [];
  const { from, to } = range;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const s = timeline.stateAt(yearWindow(year));
    const sorted = (set: Iterable<string>) => [...set].sort();
    years.push({
      year,
      people: [...s.people].map(([id, st]) =>
        st.alive ? id : `${id} ${st.fate} ${st.year}${exact ? ` ${st.date}` : ''}`,
      ),
      factions: sorted(s.factions),
      memberships: sorted(
        [...s.memberships].map((k) => {
          const m = byKey.get(k);
          return `${m?.person}--${m?.faction} ${m?.role}`;
        }),
      ),
      alliances: sorted(s.alliances),
      rivalries: sorted(s.rivalries),
      betrayals: sorted(s.betrayals),
      pastBetrayals: sorted(s.pastBetrayals),
      ...(exact ? { uncertain: Object.values(s.uncertain).map(sorted) } : {}),
    });
  }
  return years;
}

/** Only datasets the loader accepts go out (a tie to a faction may outlast it). */
function valid(data: DatasetRecords): boolean {
  return loadBundleValue(JSON.parse(JSON.stringify(data)), 'data.json').ok;
}

function reimported(gexf: string): DatasetRecords {
  const result = loadGraphFile({ name: 'export.gexf', text: gexf });
  return dataOf(result);
}

describe('GEXF round trip', () => {
  it('keeps every year’s active sets, EDTF dates included', () => {
    fc.assert(
      fc.property(datasetArb(uncertain), (data) => {
        fc.pre(valid(data));
        expect(activeSets(reimported(toGexf(data)), true)).toEqual(activeSets(data, true));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every year’s active sets from the spells alone', () => {
    // What Gephi keeps when a user drops the extra attributes
    const spellsOnly = (gexf: string) =>
      gexf.replace(/ *<attvalue for="(born|died|from|to|date)" value="[^"]*"\/>\n/g, '');
    fc.assert(
      fc.property(datasetArb(plain), (data) => {
        fc.pre(valid(data));
        expect(activeSets(reimported(spellsOnly(toGexf(data))), false)).toEqual(
          activeSets(data, false),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the bundled dataset’s active sets and layout', () => {
    const bundled = loadDatasetFiles(readDatasetFolder('graph-data'));
    if (!bundled.ok) throw new Error('example did not load');
    const positions = bundled.data.layout?.positions ?? {};
    const back = reimported(toGexf(bundled.data, { positions }));
    expect(activeSets(back, true)).toEqual(activeSets(bundled.data, true));
    const [id, at] = Object.entries(positions)[0];
    expect(back.layout?.positions[id].x).toBeCloseTo(at.x, 1);
    expect(back.layout?.positions[id].y).toBeCloseTo(at.y, 1);
  });
});
