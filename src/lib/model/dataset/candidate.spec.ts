/** The `candidate` membership role: accepted by the schema, named "candidate" everywhere it is shown. */
import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { loadCsv } from '../../io/csv/csv';
import { edgeDetails, factionDetails, personDetails } from '../panels/details';
import { defaultFilters } from '../view/filters';
import { ROLE_PHRASES } from './labels';
import { buildLookup } from './lookup';
import { membershipSchema } from './schema';
import { tableRows } from '../panels/table';
import { buildTimeline, membershipKey, yearWindow } from '../timeline/timeline';
import { dataOf } from '$lib/testing/loaded';

const cite = [{ source: 'c' }];
const person = (id: string, name: string) => fx.person(id, { name, summary: 'x', sources: cite });
const data = fx.dataset({
  dataset: { range: { from: '1924', to: '1934' }, defaultTime: '1926' },
  sources: [{ id: 'c', author: 'Oleg Khlevniuk', title: 'Master of the House', year: 2009 }],
  people: [person('stalin', 'Stalin'), person('kosior', 'Kosior'), person('rudzutak', 'Rudzutak')],
  factions: [
    {
      id: 'politburo',
      name: 'Politburo',
      kind: 'institution',
      from: '1919',
      summary: 'x',
      sources: cite,
    },
  ],
  memberships: [
    { person: 'stalin', faction: 'politburo', role: 'member', from: '1919', sources: cite },
    {
      person: 'kosior',
      faction: 'politburo',
      role: 'candidate',
      from: '1927-12-19',
      to: '1930-07-13',
      sources: cite,
    },
    {
      person: 'kosior',
      faction: 'politburo',
      role: 'member',
      from: '1930-07-13',
      sources: cite,
    },
    {
      person: 'rudzutak',
      faction: 'politburo',
      role: 'candidate',
      from: '1923',
      to: '1926-07-23',
      sources: cite,
    },
  ],
});
const timeline = buildTimeline(data);
const at = (year: number) => timeline.stateAt(yearWindow(year));
const lookup = buildLookup(data);

describe('candidate memberships', () => {
  it('are a role the schema accepts, beside leader and member, and nothing else is', () => {
    const base = { person: 'kosior', faction: 'politburo', from: '1927', sources: cite };
    expect(membershipSchema.safeParse({ ...base, role: 'candidate' }).success).toBe(true);
    expect(membershipSchema.safeParse({ ...base, role: 'deputy' }).success).toBe(false);
  });

  it('come after full members in a faction, and a promotion in the year counts as full', () => {
    const members = (year: number) =>
      factionDetails(data, lookup, at(year), 'politburo')
        ?.membersByYear.find((y) => y.year === year)
        ?.members.map((m) => `${m.person.name}:${m.role}`);
    expect(members(1928)).toEqual(['Stalin:member', 'Kosior:candidate']);
    expect(members(1930)).toEqual(['Kosior:member', 'Stalin:member']);
    expect(members(1925)).toEqual(['Stalin:member', 'Rudzutak:candidate']);
  });

  it('read "Candidate" in the edge details and "Candidate member of" in a person\'s list', () => {
    const key = membershipKey(data.memberships[1]);
    expect(edgeDetails(data, lookup, at(1928), key)?.ends[0]).toMatchObject({
      role: 'Candidate',
      ref: { id: 'kosior' },
    });
    expect(edgeDetails(data, lookup, at(1928), key)?.title).toBe(
      'Membership: Kosior, candidate member of Politburo',
    );
    const kosior = personDetails(data, lookup, at(1928), 'kosior');
    expect(kosior?.memberships.map((m) => `${ROLE_PHRASES[m.role]} ${m.faction.name}`)).toEqual([
      'Candidate member of Politburo',
      'Member of Politburo',
    ]);
  });

  it('are typed "Membership (candidate)" in the table', () => {
    const types = tableRows(at(1928), lookup, defaultFilters).map(
      (r) => `${r.type} ${r.from.name}`,
    );
    expect(types).toContain('Membership (candidate) Kosior');
    expect(types).toContain('Membership Stalin');
  });

  it('come from a CSV edge whose type is "candidate"', () => {
    const result = loadCsv(
      {
        nodes: { name: 'nodes.csv', text: 'Id,Type\nkosior,person\npolitburo,institution\n' },
        edges: {
          name: 'edges.csv',
          text: 'Source,Target,Type,Start\nkosior,politburo,candidate,1927\n',
        },
      },
      { year: 2024 },
    );
    const data = dataOf(result);
    expect(data.memberships[0]).toMatchObject({ person: 'kosior', role: 'candidate' });
  });
});
