/**
 * The lanes of a lifeline (KronoGraph's rows, per person): one lane per role, faction,
 * ally and rival, with a bar per record; betrayals and events as marks; the life itself on
 * top, ending at death. Days only: where things sit on screen is `geometry.ts`'s question.
 */
import { byDate } from '../panels/details-relations';
import { firstDay, formatPartialDate, isUncertainDate, lastDay, readDay } from '../time/dates';
import type { Lookup } from '../dataset/lookup';
import type { DatasetRecords, FactionKind } from '../dataset/schema';
import { formatLife, formatSpan } from '../panels/spans';
import { membershipKey } from '../timeline/timeline';

export type BarKind = 'life' | 'role' | 'membership' | 'alliance' | 'rivalry';
export type MarkKind = 'betrayal' | 'event' | 'death';

/** The days an end of a bar may fall on: one day when certain, a span when not. */
export interface EndDays {
  earliest: number;
  latest: number;
  /** Written with EDTF uncertainty (`1922~`, `[1937-01..1937-02]`): drawn fading. */
  uncertain: boolean;
}

/** One record drawn as a bar, and what selecting it shows. */
export interface LifelineBar {
  kind: BarKind;
  /** What clicking it selects (a membership key, an alliance id, a person). */
  id: string;
  /** The date clicking it goes to (clamped into the range by the explorer). */
  date: string;
  start: EndDays;
  /** Undefined: open, lasts past the range. */
  end?: EndDays;
  /** For memberships: the faction's kind, which gives the bar its colour. */
  factionKind?: FactionKind;
  leader?: boolean;
  /** The accessible name: "Member of Politburo, Oct 1917 – Oct 1926". */
  name: string;
}

/** A dated record drawn as a mark. */
export interface LifelineMark {
  kind: MarkKind;
  id: string;
  date: string;
  earliest: number;
  latest: number;
  uncertain: boolean;
  name: string;
}

export interface Lane {
  key: string;
  label: string;
  bars: LifelineBar[];
  marks: LifelineMark[];
}

function ends(from: string, to: string | undefined): Pick<LifelineBar, 'start' | 'end'> {
  const day = (value: string) => ({
    earliest: readDay(value, false),
    latest: readDay(value, true),
    uncertain: isUncertainDate(value),
  });
  return to === undefined ? { start: day(from) } : { start: day(from), end: day(to) };
}

function mark(kind: MarkKind, id: string, date: string, name: string): LifelineMark {
  return {
    kind,
    id,
    date,
    earliest: firstDay(date),
    latest: lastDay(date),
    uncertain: isUncertainDate(date),
    name,
  };
}

/** Lanes keyed by what they follow, in the order they were first met. */
class Lanes {
  private byKey = new Map<string, Lane>();
  lane(key: string, label: string): Lane {
    let lane = this.byKey.get(key);
    if (!lane) this.byKey.set(key, (lane = { key, label, bars: [], marks: [] }));
    return lane;
  }
  list(): Lane[] {
    return [...this.byKey.values()];
  }
}

/**
 * A person's lifeline: their life (birth, or always, to death), a lane per faction, the
 * betrayals (by or against them) and the events they took part in, then a lane per role title
 * and one per person or faction they were allied with or opposed (alliance and rivalry bars
 * side by side: the lane tells how a tie turned), each in the order of its first record.
 * Empty unless `id` is a person.
 */
export function personLanes(data: DatasetRecords, lookup: Lookup, id: string): Lane[] {
  const ref = lookup.byId.get(id);
  if (ref?.kind !== 'person') return [];
  const p = ref.record;
  const out = new Lanes();
  const death = p.fate?.date ?? p.died;
  const life = out.lane('life', 'Life');
  const lifeText = formatLife(p.born, death);
  life.bars.push({
    kind: 'life',
    id,
    date: p.born ?? data.dataset.range.from,
    ...(p.born === undefined
      ? { start: { earliest: -Infinity, latest: -Infinity, uncertain: false } }
      : ends(p.born, undefined)),
    ...(death === undefined ? {} : { end: ends(death, death).end }),
    name: lifeText ? `${p.name}, ${lifeText}` : p.name,
  });
  if (death !== undefined) {
    const fate = p.fate ? p.fate.kind.replaceAll('-', ' ') : 'died';
    life.marks.push(mark('death', id, death, `${p.name} ${fate}, ${formatPartialDate(death)}`));
  }
  const memberships = data.memberships.filter((m) => m.person === id).sort(byDate((m) => m.from));
  for (const m of memberships) {
    const faction = lookup.byId.get(m.faction);
    const kind = faction?.kind === 'faction' ? faction.record.kind : undefined;
    const label = `${m.role === 'leader' ? 'Leader of' : 'Member of'} ${lookup.nameOf(m.faction)}`;
    out.lane(`faction:${m.faction}`, lookup.nameOf(m.faction)).bars.push({
      kind: 'membership',
      id: membershipKey(m),
      date: m.from,
      ...ends(m.from, m.to),
      ...(kind ? { factionKind: kind } : {}),
      leader: m.role === 'leader',
      name: `${label}, ${formatSpan(m)}`,
    });
  }
  const betrayals = data.betrayals
    .filter((b) => b.by === id || b.against === id)
    .sort(byDate((b) => b.date));
  for (const b of betrayals) {
    const text =
      b.by === id ? `Betrayed ${lookup.nameOf(b.against)}` : `Betrayed by ${lookup.nameOf(b.by)}`;
    out
      .lane('betrayals', 'Betrayals')
      .marks.push(mark('betrayal', b.id, b.date, `${text}, ${formatPartialDate(b.date)}`));
  }
  const events = data.events.filter((e) => e.people.includes(id)).sort(byDate((e) => e.date));
  for (const e of events)
    out
      .lane('events', 'Events')
      .marks.push(mark('event', e.id, e.date, `${e.title}, ${formatPartialDate(e.date)}`));
  for (const role of [...p.roles].sort(byDate((r) => r.from)))
    out.lane(`role:${role.title}`, role.title).bars.push({
      kind: 'role',
      id,
      date: role.from,
      ...ends(role.from, role.to),
      name: `${role.title}, ${formatSpan(role)}`,
    });
  const ties = [
    ...data.alliances.map((r) => ({ kind: 'alliance' as const, r })),
    ...data.rivalries.map((r) => ({ kind: 'rivalry' as const, r })),
  ]
    .filter(({ r }) => r.a === id || r.b === id)
    .sort(byDate(({ r }) => r.from));
  for (const { kind, r } of ties) {
    const other = lookup.nameOf(r.a === id ? r.b : r.a);
    const label = `${kind === 'alliance' ? 'Alliance with' : 'Rivalry with'} ${other}`;
    out.lane(`with:${r.a === id ? r.b : r.a}`, `With ${other}`).bars.push({
      kind,
      id: r.id,
      date: r.from,
      ...ends(r.from, r.to),
      name: `${label}, ${formatSpan(r)}`,
    });
  }
  return out.list();
}

/**
 * A faction's lifeline: a lane per member (in the order they joined), each bar one
 * membership; the faction's own span on top. Empty unless `id` is a faction.
 */
export function factionLanes(data: DatasetRecords, lookup: Lookup, id: string): Lane[] {
  const ref = lookup.byId.get(id);
  if (ref?.kind !== 'faction') return [];
  const f = ref.record;
  const out = new Lanes();
  out.lane('span', 'Span').bars.push({
    kind: 'membership',
    id,
    date: f.from,
    ...ends(f.from, f.to),
    factionKind: f.kind,
    name: `${f.name}, ${formatSpan(f)}`,
  });
  const memberships = data.memberships.filter((m) => m.faction === id).sort(byDate((m) => m.from));
  for (const m of memberships) {
    const person = lookup.nameOf(m.person);
    out.lane(`person:${m.person}`, person).bars.push({
      kind: 'membership',
      id: membershipKey(m),
      date: m.from,
      ...ends(m.from, m.to),
      factionKind: f.kind,
      leader: m.role === 'leader',
      name: `${person}, ${m.role === 'leader' ? 'leader' : 'member'}, ${formatSpan(m)}`,
    });
  }
  return out.list();
}
