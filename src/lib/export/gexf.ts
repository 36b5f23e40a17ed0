/**
 * GEXF 1.3 of a whole dataset, for Gephi (DESIGN.md §6): a dynamic graph whose nodes and edges
 * carry spells, so that Gephi's timeline plays the years. Dates are written as full days: a
 * partial date's start becomes its first day, its end its last day (`1927` → 1927-01-01 ..
 * 1927-12-31). Uncertain dates (EDTF) give spells from their certain bounds (latest start,
 * earliest end) and their possible bounds as the attributes `possibleStart` / `possibleEnd`.
 * Pure: no DOM, no Cytoscape.
 */
import {
  firstDay,
  isPartialDate,
  isUncertainDate,
  lastDay,
  yearOf,
  type DateInterval,
} from '$lib/model/time/dates';
import { defaultFilters, type GraphFilters } from '$lib/model/view/filters';
import type { DatasetRecords, Person, Position } from '$lib/model/dataset/schema';
import { lightPalette } from '$lib/model/view/visual';
import { membershipKey } from '$lib/model/timeline/timeline';
import { kindShown } from '$lib/model/view/visibility';
import { escapeXml, xmlAttributes } from './xml';
import { institutionIds } from '$lib/model/dataset/kinds';

/** Options of `toGexf`. */
export interface GexfOptions {
  /** Edge kinds switched off here are left out (the dead do not matter: spells end at death). */
  filters?: GraphFilters;
  /** `YYYY-MM-DD` for `<meta lastmodifieddate>`; left out when not given (output stays stable). */
  lastModified?: string;
  /** Where each node is drawn: written as `viz:position` (y up, as Gephi has it). */
  positions?: Record<string, Position>;
}

interface Spell {
  start?: string;
  end?: string;
}

type Attvalues = Record<string, string | number | boolean | undefined>;

const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['kind', 'string'],
  ['fate', 'string'],
  ['fateYear', 'integer'],
  ['fabricated', 'boolean'],
  ['disputed', 'boolean'],
  ['possibleStart', 'string'],
  ['possibleEnd', 'string'],
  // The dates as the dataset writes them (EDTF included), so that an import gets them back
  ['born', 'string'],
  ['died', 'string'],
  ['from', 'string'],
  ['to', 'string'],
] as const;
const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['role', 'string'],
  ['disputed', 'boolean'],
  ['possibleStart', 'string'],
  ['possibleEnd', 'string'],
  ['from', 'string'],
  ['to', 'string'],
  ['date', 'string'],
] as const;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  const date = new Date(day * 86_400_000);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${year}-${month}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

const readable = (d: string | undefined): d is string => d !== undefined && isPartialDate(d);
const iso = (day: number | undefined) =>
  day === undefined || !Number.isFinite(day) ? undefined : isoDay(day);

/**
 * The spell of an interval: first day of `from`, last day of `to` (open when `to` is missing
 * or open). An uncertain date counts from its certain bound (the latest day `from` may be,
 * the earliest `to` may be), unless that leaves no certain span: then the possible one.
 */
export function intervalSpell(interval: DateInterval): Spell {
  const { from, to } = interval;
  const possible = possibleSpell(interval);
  const start = readable(from) && isUncertainDate(from) ? lastDay(from) : undefined;
  const end = readable(to) && isUncertainDate(to) ? firstDay(to) : undefined;
  const certain = {
    start: start === undefined ? possible.start : iso(start),
    end: end === undefined ? possible.end : iso(end),
  };
  const empty =
    certain.start !== undefined && certain.end !== undefined && certain.start > certain.end;
  return empty ? possible : certain;
}

/** The possible spell of an interval: the earliest day `from` and the latest `to` may mean. */
function possibleSpell({ from, to }: DateInterval): Spell {
  return {
    start: readable(from) ? iso(firstDay(from)) : undefined,
    end: readable(to) ? iso(lastDay(to)) : undefined,
  };
}

/** `possibleStart` / `possibleEnd` attributes, for intervals with an uncertain date. */
function possibleValues(interval: DateInterval): Attvalues {
  const uncertain = [interval.from, interval.to].some((d) => readable(d) && isUncertainDate(d));
  if (!uncertain) return {};
  const possible = possibleSpell(interval);
  return { possibleStart: possible.start, possibleEnd: possible.end };
}

/** A person's spell: from birth (or the dataset's start) to death, open while alive. */
export function personSpell(person: Person, rangeFrom: string): Spell {
  const death = [person.died, person.fate?.date].find((d) => d !== undefined && isPartialDate(d));
  return {
    start: intervalSpell({ from: person.born ?? rangeFrom }).start,
    // certainly alive until the earliest day an uncertain death may be
    end:
      death === undefined
        ? undefined
        : iso(isUncertainDate(death) ? firstDay(death) : lastDay(death)),
  };
}

/** `viz:color` and `viz:position` of a node or edge, for Gephi to open it as drawn. */
interface Viz {
  color: string;
  position?: Position;
}

function vizXml({ color, position }: Viz): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const rgb = `        <viz:color${xmlAttributes({ r, g, b })}/>\n`;
  if (!position) return rgb;
  const round = (n: number) => Math.round(n * 100) / 100;
  // Gephi's y axis points up, the screen's down
  const at = { x: round(position.x), y: round(-position.y) || 0, z: 0 };
  return `${rgb}        <viz:position${xmlAttributes(at)}/>\n`;
}

function element(
  name: 'node' | 'edge',
  attributes: Attvalues,
  values: Attvalues,
  spell: Spell,
  viz?: Viz,
): string {
  const attvalues = Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `          <attvalue${xmlAttributes({ for: key, value })}/>\n`)
    .join('');
  return (
    `      <${name}${xmlAttributes(attributes)}>\n` +
    (attvalues ? `        <attvalues>\n${attvalues}        </attvalues>\n` : '') +
    `        <spells><spell${xmlAttributes({ start: spell.start, end: spell.end })}/></spells>\n` +
    (viz ? vizXml(viz) : '') +
    `      </${name}>\n`
  );
}

function declarations(kind: 'node' | 'edge', list: readonly (readonly [string, string])[]): string {
  const lines = list.map(
    ([id, type]) => `      <attribute${xmlAttributes({ id, title: id, type })}/>\n`,
  );
  return `    <attributes class="${kind}">\n${lines.join('')}    </attributes>\n`;
}

/** Writes a dataset as a GEXF 1.3 document with spells (mode="dynamic", timeformat="date"). */
export function toGexf(data: DatasetRecords, options: GexfOptions = {}): string {
  const filters = options.filters ?? defaultFilters;
  const { range } = data.dataset;
  const palette = lightPalette;
  const at = (id: string) => options.positions?.[id];
  const nodes: string[] = [];
  for (const p of data.people) {
    const values = {
      type: 'person',
      fate: p.fate?.kind,
      fateYear: deathYear(p),
      disputed: p.disputed,
      ...possibleValues({ from: p.born ?? range.from, to: p.died ?? p.fate?.date }),
      born: p.born,
      died: p.died ?? p.fate?.date,
    };
    const viz = { color: palette.person, position: at(p.id) };
    nodes.push(
      element('node', { id: p.id, label: p.name }, values, personSpell(p, range.from), viz),
    );
  }
  for (const f of data.factions) {
    const values = {
      type: 'faction',
      kind: f.kind,
      fabricated: f.fabricated,
      disputed: f.disputed,
      ...possibleValues(f),
      from: f.from,
      to: f.to,
    };
    const viz = { color: palette.faction[f.kind], position: at(f.id) };
    nodes.push(element('node', { id: f.id, label: f.name }, values, intervalSpell(f), viz));
  }
  const edges: string[] = [];
  const ids = new Set<string>();
  const edge = (
    id: string,
    type: string,
    ends: [string, string],
    values: Attvalues,
    spell: Spell,
  ) => {
    let unique = id;
    for (let n = 2; ids.has(unique); n++) unique = `${id}~${n}`;
    ids.add(unique);
    const directed = type === 'betrayal' || type === 'membership';
    const attributes = {
      id: unique,
      source: ends[0],
      target: ends[1],
      type: directed ? 'directed' : undefined,
      kind: type,
    };
    const color = palette[type as 'membership' | 'alliance' | 'rivalry' | 'betrayal'];
    edges.push(element('edge', attributes, { type, ...values }, spell, { color }));
  };
  const institutions = institutionIds(data);
  if (filters.memberships) {
    for (const m of data.memberships) {
      // Offices in institutions follow their own filter, as on the graph (model/visibility)
      if (!kindShown(filters, 'membership', institutions.has(m.faction))) continue;
      const values = { role: m.role, disputed: m.disputed, ...possibleValues(m), ...dates(m) };
      edge(`m:${membershipKey(m)}`, 'membership', [m.person, m.faction], values, intervalSpell(m));
    }
  }
  const ties = [
    ['alliance', 'a', data.alliances],
    ['rivalry', 'r', data.rivalries],
  ] as const;
  for (const [kind, prefix, list] of ties) {
    if (!kindShown(filters, kind)) continue;
    for (const r of list) {
      const values = { disputed: r.disputed, ...possibleValues(r), ...dates(r) };
      edge(`${prefix}:${r.id}`, kind, [r.a, r.b], values, intervalSpell(r));
    }
  }
  if (kindShown(filters, 'betrayal')) {
    for (const b of data.betrayals) {
      const dated = { from: b.date, to: b.date };
      const values = { disputed: b.disputed, ...possibleValues(dated), date: b.date };
      edge(`b:${b.id}`, 'betrayal', [b.by, b.against], values, intervalSpell(dated));
    }
  }
  const meta =
    `  <meta${xmlAttributes({ lastmodifieddate: options.lastModified })}>\n` +
    `    <creator>Factions</creator>\n` +
    `    <description>${escapeXml(`${data.dataset.title}: ${data.dataset.description}`)}</description>\n` +
    `  </meta>\n`;
  const bounds = intervalSpell(range);
  const graph = xmlAttributes({
    mode: 'dynamic',
    defaultedgetype: 'undirected',
    timeformat: 'date',
    timerepresentation: 'interval',
    start: bounds.start,
    end: bounds.end,
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    meta +
    `  <graph${graph}>\n` +
    declarations('node', NODE_ATTRIBUTES) +
    declarations('edge', EDGE_ATTRIBUTES) +
    `    <nodes count="${nodes.length}">\n${nodes.join('')}    </nodes>\n` +
    `    <edges count="${edges.length}">\n${edges.join('')}    </edges>\n` +
    '  </graph>\n</gexf>\n'
  );
}

function dates(interval: DateInterval): Attvalues {
  return { from: interval.from, to: interval.to };
}

function deathYear(person: Person): number | undefined {
  const date = person.fate?.date ?? person.died;
  return date === undefined || !isPartialDate(date) ? undefined : yearOf(date);
}
