import { describe, expect, it } from 'vitest';
import { defaultFilters } from '$lib/model/view/filters';
import * as fx from '$lib/testing/timeline-fixtures';
import { intervalSpell, isoDay, toGexf } from './gexf';
import { findAll, parseXml, type XmlElement } from '$lib/testing/xml-parse';
import { dayNumber } from '$lib/model/time/dates';

const nasty = 'Tom & "Jerry" <b> O\'Neil — Бухарин\u0001';

function sample() {
  return fx.dataset({
    people: [
      fx.person('bukharin', {
        name: nasty,
        born: '1888-10-09',
        died: '1938-03-15',
        fate: { kind: 'executed', date: '1938-03-15' },
      }),
      fx.person('stalin', { name: 'Сталин', born: '1878' }),
      fx.person('nobody', { name: 'Nobody' }),
    ],
    factions: [
      { ...fx.faction('right', '1928', '1929-11'), kind: 'opposition', name: 'Right <Opposition>' },
    ],
    memberships: [
      fx.membership('bukharin', 'right', '1928-06', '1929-11'),
      fx.membership('bukharin', 'right', '1928-06', '1929-11'),
    ],
    alliances: [fx.alliance('duumvirate', 'stalin', 'bukharin', '1925', '1928-07')],
    rivalries: [fx.rivalry('split', 'stalin', 'bukharin', '1928-07')],
    betrayals: [fx.betrayal('turn', 'stalin', 'bukharin', '1928-07')],
  });
}

function attvalues(element: XmlElement): Record<string, string> {
  const values = findAll(element, 'attvalue').map((v) => [v.attributes.for, v.attributes.value]);
  return Object.fromEntries(values);
}

function spell(element: XmlElement): Record<string, string> {
  return findAll(element, 'spell')[0].attributes;
}

describe('toGexf', () => {
  const doc = parseXml(toGexf(sample(), { lastModified: '2024-05-01' }));
  const nodes = findAll(doc, 'node');
  const edges = findAll(doc, 'edge');
  const byId = (list: XmlElement[], id: string) =>
    list.find((e) => e.attributes.id === id) as XmlElement;

  it('is a well-formed GEXF 1.3 dynamic graph with dates', () => {
    expect(doc.name).toBe('gexf');
    expect(doc.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    const graph = findAll(doc, 'graph')[0];
    expect(graph.attributes).toMatchObject({
      mode: 'dynamic',
      timeformat: 'date',
      start: '1924-01-01',
      end: '1938-12-31',
    });
    expect(findAll(doc, 'meta')[0].attributes.lastmodifieddate).toBe('2024-05-01');
    expect(findAll(doc, 'nodes')[0].attributes.count).toBe(String(nodes.length));
    expect(findAll(doc, 'edges')[0].attributes.count).toBe(String(edges.length));
  });

  it('declares the attributes it uses', () => {
    const declared = findAll(doc, 'attributes').map((a) => [
      a.attributes.class,
      a.children.map((c) => c.attributes.id),
    ]);
    expect(declared).toEqual([
      [
        'node',
        [
          'type',
          'kind',
          'fate',
          'fateYear',
          'fabricated',
          'disputed',
          'possibleStart',
          'possibleEnd',
          'born',
          'died',
          'from',
          'to',
        ],
      ],
      ['edge', ['type', 'role', 'disputed', 'possibleStart', 'possibleEnd', 'from', 'to', 'date']],
    ]);
    for (const element of [...nodes, ...edges]) {
      const kind = element.name === 'node' ? 'node' : 'edge';
      const ids = declared.find(([c]) => c === kind)?.[1] as string[];
      for (const key of Object.keys(attvalues(element))) expect(ids).toContain(key);
    }
  });

  it('escapes names and keeps Cyrillic; drops characters XML forbids', () => {
    expect(byId(nodes, 'bukharin').attributes.label).toBe('Tom & "Jerry" <b> O\'Neil — Бухарин');
    expect(byId(nodes, 'stalin').attributes.label).toBe('Сталин');
    expect(byId(nodes, 'right').attributes.label).toBe('Right <Opposition>');
  });

  it('gives people a spell from birth (or the range start) to death, and their fate', () => {
    expect(spell(byId(nodes, 'bukharin'))).toEqual({ start: '1888-10-09', end: '1938-03-15' });
    expect(spell(byId(nodes, 'stalin'))).toEqual({ start: '1878-01-01' });
    expect(spell(byId(nodes, 'nobody'))).toEqual({ start: '1924-01-01' });
    expect(attvalues(byId(nodes, 'bukharin'))).toEqual({
      type: 'person',
      fate: 'executed',
      fateYear: '1938',
      born: '1888-10-09',
      died: '1938-03-15',
    });
    expect(attvalues(byId(nodes, 'right'))).toEqual({
      type: 'faction',
      kind: 'opposition',
      from: '1928',
      to: '1929-11',
    });
  });

  it('writes partial dates as their first day (start) and last day (end)', () => {
    expect(spell(byId(nodes, 'right'))).toEqual({ start: '1928-01-01', end: '1929-11-30' });
    expect(spell(byId(edges, 'a:duumvirate'))).toEqual({ start: '1925-01-01', end: '1928-07-31' });
    expect(spell(byId(edges, 'r:split'))).toEqual({ start: '1928-07-01' });
    expect(spell(byId(edges, 'b:turn'))).toEqual({ start: '1928-07-01', end: '1928-07-31' });
    expect(intervalSpell({ from: '1928-02', to: '1928-02' })).toEqual({
      start: '1928-02-01',
      end: '1928-02-29',
    });
    expect(isoDay(dayNumber(1924, 1, 21))).toBe('1924-01-21');
  });

  it('types every edge, directs betrayals and memberships, keeps ids unique', () => {
    const ids = edges.map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(5);
    const types = edges.map((e) => [attvalues(e).type, e.attributes.kind, e.attributes.type]);
    expect(types).toEqual([
      ['membership', 'membership', 'directed'],
      ['membership', 'membership', 'directed'],
      ['alliance', 'alliance', undefined],
      ['rivalry', 'rivalry', undefined],
      ['betrayal', 'betrayal', 'directed'],
    ]);
    expect(byId(edges, 'b:turn').attributes).toMatchObject({
      source: 'stalin',
      target: 'bukharin',
    });
    expect(attvalues(edges[0])).toEqual({
      type: 'membership',
      role: 'member',
      from: '1928-06',
      to: '1929-11',
    });
  });

  it('colours nodes and edges by kind and places nodes where they are drawn, y up', () => {
    const positions = { bukharin: { x: 10.123, y: 20 }, right: { x: -5, y: -7 } };
    const drawn = parseXml(toGexf(sample(), { positions }));
    const node = (id: string) => byId(findAll(drawn, 'node'), id);
    const viz = (element: XmlElement, name: string) =>
      element.children.find((c) => c.name === `viz:${name}`)?.attributes;
    expect(drawn.attributes['xmlns:viz']).toBe('http://gexf.net/1.3/viz');
    expect(viz(node('bukharin'), 'position')).toEqual({ x: '10.12', y: '-20', z: '0' });
    expect(viz(node('right'), 'position')).toEqual({ x: '-5', y: '7', z: '0' });
    expect(viz(node('stalin'), 'position')).toBeUndefined();
    // opposition #1f5f8b, alliance #1b7837 (the light theme)
    expect(viz(node('right'), 'color')).toEqual({ r: '31', g: '95', b: '139' });
    const alliance = byId(findAll(drawn, 'edge'), 'a:duumvirate');
    expect(viz(alliance, 'color')).toEqual({ r: '27', g: '120', b: '55' });
  });

  it('leaves out the edge kinds the filters hide', () => {
    const filters = { ...defaultFilters, rivalries: false, betrayals: false };
    const kinds = findAll(parseXml(toGexf(sample(), { filters })), 'edge').map(
      (e) => e.attributes.kind,
    );
    expect(kinds).toEqual(['membership', 'membership', 'alliance']);
  });
});

describe('GEXF of uncertain dates', () => {
  it('takes spells from the certain bounds and writes the possible ones as attributes', () => {
    const died = '[1937-01-30..1937-02-01]';
    const doc = parseXml(
      toGexf(
        fx.dataset({
          people: [
            fx.person('pyatakov', {
              born: '[..1890]',
              died,
              fate: { kind: 'executed', date: died },
            }),
          ],
          alliances: [fx.alliance('troika', 'stalin', 'pyatakov', '1922-05?', '1925-12')],
          betrayals: [fx.betrayal('set', 'stalin', 'pyatakov', '[1936-08-24,1936-08-25]')],
        }),
      ),
    );
    const el = (name: string, id: string) =>
      findAll(doc, name).find((e) => e.attributes.id === id)!;
    const spellOf = (e: XmlElement) => findAll(e, 'spell')[0].attributes;
    const values = (e: XmlElement) =>
      Object.fromEntries(findAll(e, 'attvalue').map((v) => [v.attributes.for, v.attributes.value]));
    const pyatakov = el('node', 'pyatakov');
    // certainly born by the end of 1890, certainly alive until 30 Jan 1937
    expect(spellOf(pyatakov)).toEqual({ start: '1890-12-31', end: '1937-01-30' });
    expect(values(pyatakov)).toMatchObject({ possibleEnd: '1937-02-01', fateYear: '1937' });
    const troika = el('edge', 'a:troika');
    expect(spellOf(troika)).toEqual({ start: '1922-06-30', end: '1925-12-31' });
    expect(values(troika)).toMatchObject({
      possibleStart: '1922-04-01',
      possibleEnd: '1925-12-31',
    });
    // one of two days: no certain span, so the possible one
    expect(spellOf(el('edge', 'b:set'))).toEqual({ start: '1936-08-24', end: '1936-08-25' });
  });
});
