/**
 * When a disputed marker belongs on screen: only in the periods where the disputed part is
 * shown — a disputed fate from the death on, a disputed start or end in that year, a birth in
 * its year, a whole record while it is shown. The graph and the graph's description read it.
 */
import { firstDay, spansOverlap, yearOf, yearSpan, type DaySpan } from '../time/dates';
import type { DatasetRecords } from '../dataset/schema';
import { membershipKey, type ElementKind } from './timeline';

/** A disputed record's key, as the timeline names it, with the days its marker shows. */
export interface DisputeSpan {
  kind: ElementKind;
  key: string;
  spans: DaySpan[];
}

const ALWAYS: DaySpan = { start: -Infinity, end: Infinity };

interface Disputable {
  disputed?: boolean;
  disputedPart?: 'from' | 'to' | 'born' | 'date';
}

/** The year a partial date falls in, as days; the whole of time when the date is missing. */
function yearOfDate(date: string | undefined): DaySpan {
  return date === undefined ? ALWAYS : yearSpan(yearOf(date));
}

function partSpan(
  record: Disputable,
  dates: { from?: string; to?: string; born?: string; date?: string },
): DaySpan {
  const part = record.disputedPart;
  return part === undefined ? ALWAYS : yearOfDate(dates[part]);
}

const cache = new WeakMap<DatasetRecords, DisputeSpan[]>();

/** Every disputed record of a dataset with the periods its marker shows in (computed once). */
export function disputeSpans(data: DatasetRecords): DisputeSpan[] {
  const known = cache.get(data);
  if (known) return known;
  const out: DisputeSpan[] = [];
  cache.set(data, out);
  for (const p of data.people) {
    const spans: DaySpan[] = [];
    if (p.disputed) spans.push(partSpan(p, { born: p.born }));
    const death = p.fate?.date ?? p.died;
    if (p.fate?.disputed && death !== undefined)
      spans.push({ start: firstDay(death), end: Infinity });
    if (spans.length) out.push({ kind: 'person', key: p.id, spans });
  }
  for (const f of data.factions)
    if (f.disputed) out.push({ kind: 'faction', key: f.id, spans: [partSpan(f, f)] });
  for (const m of data.memberships)
    if (m.disputed)
      out.push({ kind: 'membership', key: membershipKey(m), spans: [partSpan(m, m)] });
  for (const a of data.alliances)
    if (a.disputed) out.push({ kind: 'alliance', key: a.id, spans: [partSpan(a, a)] });
  for (const r of data.rivalries)
    if (r.disputed) out.push({ kind: 'rivalry', key: r.id, spans: [partSpan(r, r)] });
  for (const b of data.betrayals)
    if (b.disputed) out.push({ kind: 'betrayal', key: b.id, spans: [partSpan(b, b)] });
  return out;
}

/** Whether a dispute's marker shows in a window. */
export function disputeShown(dispute: DisputeSpan, window: DaySpan): boolean {
  return dispute.spans.some((span) => spansOverlap(span, window));
}
