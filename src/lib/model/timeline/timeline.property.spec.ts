import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, firstDay, lastDay, type DaySpan } from '../time/dates';
import { buildTimeline, monthWindow, yearWindow } from './timeline';
import type { Timeline, TimelineDiff, TimelineState } from './timeline';
import * as make from '$lib/testing/timeline-fixtures';
import { naiveState } from '$lib/testing/timeline-oracle';

// ---- random datasets -------------------------------------------------------------------

// Few years and edge days, so that record edges often meet window edges.
const plainDate = fc
  .tuple(
    fc.integer({ min: 1920, max: 1926 }),
    fc.integer({ min: 0, max: 12 }),
    fc.constantFrom(0, 1, 2, 15, 30, 31),
  )
  .map(([y, m, d]) => {
    if (m === 0) return String(y);
    const mm = `${y}-${String(m).padStart(2, '0')}`;
    return d === 0 ? mm : `${mm}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`;
  });
/** Plain dates and every EDTF form: qualifiers, unknown digits, sets, intervals, open ends. */
const date = fc.oneof(
  { arbitrary: plainDate, weight: 4 },
  fc.tuple(plainDate, fc.constantFrom('?', '~', '%')).map(([d, q]) => d + q),
  fc.integer({ min: 192, max: 192 }).map((decade) => `${decade}X`),
  plainDate.map((d) => (d.length === 4 ? d : `${d.slice(0, 4)}-XX`)),
  fc.tuple(plainDate, plainDate).map(([x, y]) => {
    const [a, b] = firstDay(x) <= firstDay(y) ? [x, y] : [y, x];
    return lastDay(b) >= firstDay(a) ? `[${a}..${b}]` : `[${a},${b}]`;
  }),
  fc.tuple(plainDate, plainDate).map(([x, y]) => `[${x},${y}]`),
  plainDate.map((d) => `[..${d}]`),
  plainDate.map((d) => `${d}/..`),
  plainDate.map((d) => `../${d}`),
  fc
    .tuple(plainDate, plainDate)
    .filter(([x, y]) => lastDay(y) >= firstDay(x))
    .map(([x, y]) => `${x}/${y}`),
);
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const to = fc.option(date, { nil: undefined });
const fateKind = fc.constantFrom('executed', 'suicide', 'natural' as const);

const personArb = fc
  .record({ id, born: to, died: to, fate: fc.option(fc.tuple(fateKind, date), { nil: undefined }) })
  .map(({ id, born, died, fate }) =>
    make.person(id, {
      ...(born ? { born } : {}),
      ...(died ? { died } : {}),
      ...(fate ? { fate: { kind: fate[0], date: fate[1] } } : {}),
    }),
  );
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 12 });
const datasetArb = fc
  .record({
    people: list(personArb),
    factions: list(fc.tuple(id, date, to).map(([i, f, t]) => make.faction(i, f, t))),
    memberships: list(
      fc.tuple(id, id, date, to).map(([p, f, a, b]) => make.membership(p, f, a, b)),
    ),
    alliances: list(fc.tuple(id, date, to).map(([i, f, t]) => make.alliance(i, 'x', 'y', f, t))),
    rivalries: list(fc.tuple(id, date, to).map(([i, f, t]) => make.rivalry(i, 'x', 'y', f, t))),
    betrayals: list(fc.tuple(id, date).map(([i, d]) => make.betrayal(i, 'x', 'y', d))),
    events: list(fc.tuple(id, date).map(([i, d]) => make.event(i, d))),
  })
  .map((parts) => make.dataset(parts));

const day1920 = firstDay('1920');
const edge = fc.tuple(date, fc.boolean()).map(([d, last]) => (last ? lastDay(d) : firstDay(d)));
const windowArb: fc.Arbitrary<DaySpan> = fc.oneof(
  fc.integer({ min: 1919, max: 1927 }).map(yearWindow),
  fc
    .tuple(fc.integer({ min: 1919, max: 1927 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => monthWindow(y, m)),
  fc.tuple(edge, edge).map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) })),
  fc.tuple(edge, fc.integer({ min: -1, max: 1 })).map(([x, n]) => ({ start: x + n, end: x + n })),
  fc
    .tuple(fc.integer({ min: -400, max: 3000 }), fc.nat(900))
    .map(([s, n]) => ({ start: day1920 + s, end: day1920 + s + n })),
  edge.map((s) => ({ start: s, end: Infinity })),
  fc.constant({ start: -Infinity, end: Infinity }),
);

// ---- applying a diff -------------------------------------------------------------------

const SETS = ['factions', 'memberships', 'alliances', 'rivalries', 'betrayals'] as const;
const KIND = {
  factions: 'faction',
  memberships: 'membership',
  alliances: 'alliance',
  rivalries: 'rivalry',
  betrayals: 'betrayal',
} as const;

function apply(t: Timeline, s: TimelineState, d: TimelineDiff): Omit<TimelineState, 'events'> {
  const people = new Map(s.people);
  for (const p of d.exited.person) people.delete(p);
  for (const p of [...d.entered.person, ...d.statusChanged]) people.set(p, t.statusAt(p, d.to)!);
  const next: Omit<TimelineState, 'events'> = { ...s, window: d.to, people };
  delete (next as Partial<TimelineState>).events;
  // `uncertain` is read from stateAt, not from diffs (the view re-marks it on every step)
  for (const set of SETS) {
    const keys = new Set(s[set]);
    for (const k of d.exited[KIND[set]]) keys.delete(k);
    for (const k of d.entered[KIND[set]]) keys.add(k);
    next[set] = keys;
  }
  next.pastBetrayals = new Set(s.pastBetrayals);
  for (const k of d.pastBetrayalsExited) next.pastBetrayals.delete(k);
  for (const k of d.pastBetrayalsEntered) next.pastBetrayals.add(k);
  return next;
}

const sorted = (keys: Iterable<string>) => [...keys].sort();
const minus = (a: Iterable<string>, b: Set<string> | Map<string, unknown>) =>
  sorted([...a].filter((k) => !b.has(k)));

describe('timeline properties', () => {
  it('stateAt agrees with a naive scan', () => {
    fc.assert(
      fc.property(datasetArb, windowArb, (data, w) => {
        expect(buildTimeline(data).stateAt(w)).toEqual(naiveState(data, w));
      }),
      { numRuns: 400 },
    );
  });

  it('diff(a, b) turns stateAt(a) into stateAt(b), listing exactly the changes', () => {
    fc.assert(
      fc.property(datasetArb, windowArb, windowArb, (data, a, b) => {
        const t = buildTimeline(data);
        const [sa, sb, d] = [t.stateAt(a), t.stateAt(b), t.diff(a, b)];
        expect(apply(t, sa, d)).toEqual({ ...sb, events: undefined, uncertain: sa.uncertain });
        expect(sorted(d.entered.person)).toEqual(minus(sb.people.keys(), sa.people));
        expect(sorted(d.exited.person)).toEqual(minus(sa.people.keys(), sb.people));
        for (const set of SETS) {
          expect(sorted(d.entered[KIND[set]])).toEqual(minus(sb[set], sa[set]));
          expect(sorted(d.exited[KIND[set]])).toEqual(minus(sa[set], sb[set]));
        }
        expect(sorted(d.pastBetrayalsEntered)).toEqual(minus(sb.pastBetrayals, sa.pastBetrayals));
        expect(sorted(d.pastBetrayalsExited)).toEqual(minus(sa.pastBetrayals, sb.pastBetrayals));
        const changed = [...sa.people].filter(
          ([p, status]) => sb.people.has(p) && sb.people.get(p)!.alive !== status.alive,
        );
        expect(sorted(d.statusChanged)).toEqual(sorted(changed.map(([p]) => p)));
      }),
      { numRuns: 400 },
    );
  });
});
