import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import {
  edgeDetails,
  eventDetails,
  factionDetails,
  personDetails,
  selectionDetails,
  type DetailsOf,
  type SelectionDetails,
} from './details';
import { buildLookup } from '../dataset/lookup';
import type { DatasetRecords } from '../dataset/schema';
import { buildTimeline, yearWindow } from '../timeline/timeline';

const cite = [{ source: 'conquest', page: '12' }];

function dataset(): DatasetRecords {
  return fx.dataset({
    dataset: { range: { from: '1924', to: '1928' }, defaultTime: '1926' },
    sources: [
      { id: 'conquest', author: 'Robert Conquest', title: 'The Great Terror', year: 1990 },
      {
        id: 'web',
        author: 'Web Author',
        title: 'A page',
        year: 2001,
        publisher: 'Press',
        url: 'https://example.org/page',
      },
      { id: 'bad', author: 'Bad Link', title: 'Script', year: 2002, url: 'javascript:alert(1)' },
    ],
    people: [
      {
        id: 'stalin',
        name: 'Joseph Stalin',
        fullName: 'Iosif Vissarionovich Dzhugashvili',
        nativeName: 'Иосиф Сталин',
        aliases: ['Koba'],
        born: '1878-12-18',
        roles: [
          { title: 'General Secretary', from: '1922-04', sources: cite },
          { title: 'Commissar', from: '1917', to: '1923', sources: cite },
        ],
        summary: 'Leader.',
        sources: [{ source: 'web' }, { source: 'bad' }],
      },
      {
        id: 'zinoviev',
        name: 'Grigory Zinoviev',
        aliases: [],
        born: '1883',
        died: '1936-08-25',
        fate: { kind: 'executed', date: '1936-08-25', disputed: true, note: 'A note.' },
        roles: [],
        summary: 'Triumvir.',
        sources: cite,
      },
      {
        id: 'kirov',
        name: 'Sergei Kirov',
        aliases: [],
        born: '1886',
        roles: [],
        summary: 'x',
        sources: cite,
      },
    ],
    factions: [
      {
        id: 'troika',
        name: 'Troika',
        kind: 'leadership',
        from: '1923',
        to: '1925-12',
        summary: 'Three.',
        disputed: true,
        note: 'Dates vary.',
        sources: cite,
      },
      {
        id: 'bloc',
        name: 'Bloc',
        kind: 'bloc',
        from: '1927',
        summary: 'Made up.',
        fabricated: true,
        sources: cite,
      },
    ],
    memberships: [
      {
        person: 'zinoviev',
        faction: 'troika',
        role: 'leader',
        from: '1923',
        to: '1925-12',
        sources: cite,
      },
      {
        person: 'stalin',
        faction: 'troika',
        role: 'member',
        from: '1923',
        to: '1925',
        sources: cite,
      },
      {
        person: 'kirov',
        faction: 'troika',
        role: 'member',
        from: '1925',
        to: '1925',
        sources: cite,
      },
    ],
    alliances: [
      {
        id: 'stalin-zinoviev',
        a: 'stalin',
        b: 'zinoviev',
        from: '1923',
        to: '1925-12',
        summary: 'Against Trotsky.',
        endedBy: 'break',
        sources: cite,
      },
    ],
    rivalries: [
      {
        id: 'stalin-kirov',
        a: 'kirov',
        b: 'stalin',
        from: '1927',
        summary: 'Rivals.',
        sources: cite,
      },
    ],
    betrayals: [
      {
        id: 'break',
        by: 'stalin',
        against: 'zinoviev',
        date: '1925-12',
        summary: 'Turned on him.',
        ends: 'stalin-zinoviev',
        disputed: true,
        note: 'Who moved first is debated.',
        sources: cite,
      },
    ],
    events: [
      {
        id: 'congress',
        date: '1925-12-18',
        kind: 'congress',
        title: 'XIV Congress',
        summary: 'Opposition defeated.',
        people: ['stalin', 'zinoviev'],
        sources: cite,
      },
    ],
  });
}

const data = dataset();
const lookup = buildLookup(data);
const timeline = buildTimeline(data);
/** The state of a year from the dataset's own timeline, as the panel gets it from the explorer. */
const at = (year: number) => timeline.stateAt(yearWindow(year));

/** What the details of one kind (`of`) give of the record `id` in `year`. */
const detailsAt = <D>(of: DetailsOf<D>, year: number, id: string) => of(data, lookup, at(year), id);

describe('the details of a record in a year', () => {
  // [what is described, the details of its kind, year, id, what they say (in part)]
  const cases: [string, DetailsOf<SelectionDetails>, number, string, object][] = [
    [
      'a person: names, life and status',
      personDetails,
      1924,
      'stalin',
      {
        name: 'Joseph Stalin',
        fullName: 'Iosif Vissarionovich Dzhugashvili',
        nativeName: 'Иосиф Сталин',
        aliases: ['Koba'],
        life: 'born 18 Dec 1878',
        status: 'alive',
        statusText: 'alive in 1924',
      },
    ],
    [
      'a person after their death: the status of the year',
      personDetails,
      1937,
      'zinoviev',
      { status: 'dead', statusText: 'executed 1936', life: '1883 – 25 Aug 1936' },
    ],
    [
      'someone not yet born',
      personDetails,
      1880,
      'kirov',
      { status: 'unborn', statusText: 'not yet born in 1880' },
    ],
    [
      'a faction: span and notes',
      factionDetails,
      1925,
      'troika',
      {
        factionKind: 'leadership',
        when: '1923 – Dec 1925',
        active: true,
        disputed: true,
        note: 'Dates vary.',
        fabricated: false,
      },
    ],
    ['a fabricated faction', factionDetails, 1925, 'bloc', { fabricated: true, active: false }],
    [
      'an alliance: what ended it',
      edgeDetails,
      1925,
      'stalin-zinoviev',
      {
        kind: 'alliance',
        title: 'Alliance: Joseph Stalin – Grigory Zinoviev',
        when: '1923 – Dec 1925',
        summary: 'Against Trotsky.',
        related: [
          {
            label: 'Ended by',
            id: 'break',
            text: 'Betrayal: Joseph Stalin → Grigory Zinoviev (Dec 1925)',
          },
        ],
      },
    ],
    [
      'a betrayal: direction, dispute note and the alliance it ends',
      edgeDetails,
      1925,
      'break',
      {
        kind: 'betrayal',
        when: 'Dec 1925',
        active: true,
        disputed: true,
        note: 'Who moved first is debated.',
        ends: [
          { role: 'By', ref: { id: 'stalin', name: 'Joseph Stalin' } },
          { role: 'Against', ref: { id: 'zinoviev', name: 'Grigory Zinoviev' } },
        ],
        related: [{ label: 'Ends', id: 'stalin-zinoviev' }],
      },
    ],
    [
      'a membership, by its key',
      edgeDetails,
      1924,
      'zinoviev--troika--1923',
      {
        kind: 'membership',
        title: 'Membership: Grigory Zinoviev in Troika',
        ends: [{ role: 'Leader' }, { role: 'Faction', ref: { id: 'troika' } }],
        when: '1923 – Dec 1925',
      },
    ],
    [
      'a rivalry not yet begun',
      edgeDetails,
      1926,
      'stalin-kirov',
      { kind: 'rivalry', when: 'since 1927', active: false },
    ],
  ];
  it.each(cases)('%s', (_, of, year, id, expected) => {
    expect(detailsAt(of, year, id)).toMatchObject(expected);
  });
});

describe('personDetails', () => {
  it('gives roles and memberships as of a year', () => {
    const d = detailsAt(personDetails, 1924, 'stalin');
    expect(d?.roles.map((r) => [r.title, r.when, r.active])).toEqual([
      ['Commissar', '1917 – 1923', false],
      ['General Secretary', 'since Apr 1922', true],
    ]);
    expect(d?.rolesInYear.map((r) => r.title)).toEqual(['General Secretary']);
    expect(d?.factionsInYear.map((m) => [m.faction.name, m.role, m.when])).toEqual([
      ['Troika', 'member', '1923 – 1925'],
    ]);
    expect(detailsAt(personDetails, 1927, 'stalin')?.factionsInYear).toEqual([]);
  });

  it('resolves sources and links only http(s) URLs', () => {
    const [web, bad] = detailsAt(personDetails, 1924, 'stalin')?.sources ?? [];
    // A safe source comes through whole: the record as the dataset has it.
    expect(web).toEqual(data.sources.find((s) => s.id === 'web'));
    expect(bad.url).toBeUndefined();
    expect(detailsAt(personDetails, 1924, 'zinoviev')?.sources[0]).toMatchObject({
      author: 'Robert Conquest',
      page: '12',
    });
  });

  it('lists relationships with counterparts, dates and direction', () => {
    const rel = detailsAt(personDetails, 1925, 'zinoviev')?.relationships ?? [];
    expect(rel.map((r) => [r.label, r.counterpart.name, r.when, r.active, r.disputed])).toEqual([
      ['Alliance with', 'Joseph Stalin', '1923 – Dec 1925', true, false],
      ['Betrayed by', 'Joseph Stalin', 'Dec 1925', true, true],
    ]);
    const stalin = detailsAt(personDetails, 1928, 'stalin')?.relationships ?? [];
    expect(stalin.map((r) => [r.label, r.counterpart.id, r.active])).toEqual([
      ['Alliance with', 'zinoviev', false],
      ['Betrayed', 'zinoviev', false],
      ['Rivalry with', 'kirov', true],
    ]);
  });

  it('gives the fate, precisely dated', () => {
    expect(detailsAt(personDetails, 1937, 'zinoviev')?.fate).toEqual({
      text: 'executed 25 Aug 1936',
      disputed: true,
      note: 'A note.',
    });
  });
});

describe('factionDetails', () => {
  it('gives members by year, leaders first', () => {
    const d = detailsAt(factionDetails, 1925, 'troika');
    expect(
      d?.membersByYear.map((y) => [y.year, y.members.map((m) => `${m.person.name}:${m.role}`)]),
    ).toEqual([
      [1924, ['Grigory Zinoviev:leader', 'Joseph Stalin:member']],
      [1925, ['Grigory Zinoviev:leader', 'Joseph Stalin:member', 'Sergei Kirov:member']],
    ]);
  });
});

describe('edgeDetails', () => {
  it('gives both ends of an alliance', () => {
    const d = detailsAt(edgeDetails, 1925, 'stalin-zinoviev');
    expect(d?.ends.map((e) => e.ref.id)).toEqual(['stalin', 'zinoviev']);
  });
});

describe('details of a record of another kind', () => {
  it('are undefined: a person, a faction and an edge each answer for their own kind', () => {
    expect(detailsAt(personDetails, 1924, 'troika')).toBeUndefined();
    expect(detailsAt(personDetails, 1924, 'nobody')).toBeUndefined();
    expect(detailsAt(factionDetails, 1925, 'stalin')).toBeUndefined();
    expect(detailsAt(edgeDetails, 1926, 'stalin')).toBeUndefined();
  });
});

describe('selectionDetails', () => {
  it('dispatches on the kind of record', () => {
    const kind = (id: string) => selectionDetails(data, lookup, at(1925), id)?.kind;
    expect(['stalin', 'troika', 'break', 'congress', 'nobody'].map(kind)).toEqual([
      'person',
      'faction',
      'betrayal',
      'event',
      undefined,
    ]);
    expect(eventDetails(lookup, 'congress')).toMatchObject({
      date: '18 Dec 1925',
      people: [{ name: 'Joseph Stalin' }, { name: 'Grigory Zinoviev' }],
    });
  });
});
