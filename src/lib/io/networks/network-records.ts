/**
 * A Network mapped onto the dataset format and validated by the same loader as any other
 * dataset: nodes become people and factions, edges (one record per spell) memberships,
 * alliances, rivalries and betrayals, positions the layout. Every problem the loader finds is
 * moved back to the element or attribute it came from (`graph.gexf:41:7 …`). Never throws.
 */
import {
  factionKinds,
  fateKinds,
  membershipRoles,
  type FactionKind,
} from '../../model/dataset/schema';
import { emptyNetworkLists, type NetworkCollection } from '../../model/dataset/kinds';
import { formatProblem, type LocatedProblem, type Problem } from '../../model/dataset/problems';
import { isPartialDate, yearOf } from '../../model/time/dates';
import { slugify } from '../csv/csv-columns';
import { edgeChoice, nodeChoice, type ImportMapping } from './import-mapping';
import { loadBundleValue, type LoadResult } from '../json/load';
import { MAX_RECORDS, tooManyRecordsMessage } from '../json/limits';
import { netProblem, type NetEdge, type NetNode, type NetSpell, type Network } from './network';
import { crashed } from '../json/results';
import type { At } from './xml-tree';

type Raw = Record<string, unknown>;
/** An id a tool numbered: `0`, `n3`, `e12`. */
const MACHINE_ID = /^[a-z]?\d+$/i;

/** Where a record came from: its element, and where each of its fields was written. */
interface Origin {
  at: At;
  fields: Record<string, At | undefined>;
}

/** Maps a network onto records with a mapping, validates them, and places the problems. */
export function loadNetwork(
  network: Network,
  mapping: ImportMapping,
  options: { year?: number } = {},
): LoadResult {
  try {
    const { file } = network;
    const problems = [...network.problems];
    const count = network.nodes.length + network.edges.length;
    if (count > MAX_RECORDS) {
      problems.push(netProblem(file, { line: 1, column: 1 }, tooManyRecordsMessage(count)));
    }
    if (problems.some((p) => p.severity === 'error')) return failed(problems);
    const sourceId = `${slugify(network.format.split(' ')[0]) || 'graph'}-import`;
    const cite = [{ source: sourceId }];
    const origins = new Map<string, Origin>();
    const out = emptyNetworkLists<Raw>();
    const add = (collection: NetworkCollection, record: Raw, origin: Origin) => {
      origins.set(`${collection}:${out[collection].length}`, origin);
      out[collection].push(record);
    };
    const dates = allDates(network);
    const range = rangeOf(dates, network.bounds);
    const ids = nodeIds(network.nodes);
    const kinds = new Map<string, 'person' | 'faction'>();
    const positions: Record<string, { x: number; y: number }> = {};
    for (const node of network.nodes) {
      const choice = nodeChoice(node, mapping);
      if (choice === 'skip') continue;
      const id = ids.get(node.id.value) as string;
      const attr = (name: string) => node.attributes.get(name);
      const name = node.label?.value || node.id.value;
      const summary =
        attr('description')?.value || attr('summary')?.value || `Imported from ${file}.`;
      const first = node.spells[0];
      const last = node.spells[node.spells.length - 1];
      const wikidata = qid(attr('wikidata')?.value);
      if (node.position) positions[id] = node.position;
      if (choice === 'person') {
        kinds.set(id, 'person');
        // A spell says when a node is on the graph, not when a person was born
        const born = attr('born');
        const fate = attr('fate')?.value;
        // A node's spell ending says it left the graph; only with a fate or `died` is it a death
        const died = attr('died') ?? (fate ? last?.end : undefined);
        const person: Raw = {
          id,
          name,
          born: born?.value,
          died: died?.value,
          summary,
          sources: cite,
        };
        if (fate && (fateKinds as readonly string[]).includes(fate) && died) {
          person.fate = { kind: fate, date: died.value };
        }
        if (wikidata) person.wikidata = wikidata;
        add('people', person, {
          at: node.at,
          fields: {
            id: node.id.at,
            name: node.label?.at,
            born: born?.at,
            died: died?.at,
            fate: died?.at,
          },
        });
      } else {
        kinds.set(id, 'faction');
        const own = attr('kind')?.value;
        const kind: FactionKind = (factionKinds as readonly string[]).includes(own ?? '')
          ? (own as FactionKind)
          : choice;
        const from = attr('from') ?? first?.start;
        const to = attr('to') ?? last?.end;
        const faction: Raw = {
          id,
          name,
          kind,
          from: from?.value ?? range.from,
          to: to?.value,
          summary,
          sources: cite,
        };
        if (attr('fabricated')?.value === 'true') faction.fabricated = true;
        if (wikidata) faction.wikidata = wikidata;
        add('factions', faction, {
          at: node.at,
          fields: { id: node.id.at, name: node.label?.at, from: from?.at, to: to?.at },
        });
      }
    }
    const used = new Set<string>();
    const leftOut: NetEdge[] = [];
    for (const edge of network.edges) {
      const choice = edgeChoice(edge, mapping);
      if (choice === 'skip') continue;
      // An edge to a node the mapping leaves out is left out too (counted in one warning)
      const left = [edge.source, edge.target].some((end) => {
        const id = ids.get(end.value);
        return id !== undefined && !kinds.has(id);
      });
      if (left) {
        leftOut.push(edge);
        continue;
      }
      const ends = [edge.source, edge.target].map((end) => {
        const id = ids.get(end.value);
        if (id === undefined) {
          const why = 'is not the id of a node';
          problems.push(
            netProblem(
              file,
              end.at,
              `${JSON.stringify(end.value)} ${why} (edge ${edge.id?.value ?? ''})`.replace(
                ' (edge )',
                '',
              ),
            ),
          );
        }
        return id;
      });
      if (ends.some((id) => id === undefined || !kinds.has(id))) continue;
      let [a, b] = ends as [string, string];
      let atA = edge.source.at;
      let atB = edge.target.at;
      const attr = (name: string) => edge.attributes.get(name);
      const summary =
        attr('description')?.value ||
        attr('summary')?.value ||
        `${capital(choice === 'leader' || choice === 'member' ? 'membership' : choice)} imported from ${file}.`;
      const spells = edgeSpells(edge);
      for (const [n, spell] of spells.entries()) {
        const origin = (fields: Record<string, At | undefined>): Origin => ({
          at: edge.at,
          fields,
        });
        const from = spell.start?.value ?? range.from;
        if (choice === 'member' || choice === 'leader') {
          if (kinds.get(a) === 'faction' && kinds.get(b) === 'person') {
            [a, b] = [b, a];
            [atA, atB] = [atB, atA];
          }
          // A role the file states (leader, member, candidate) wins over the edge type's
          const stated = membershipRoles.find((r) => r === attr('role')?.value);
          const role = stated ?? (choice === 'leader' ? 'leader' : 'member');
          add(
            'memberships',
            { person: a, faction: b, role, from, to: spell.end?.value, sources: cite },
            origin({ person: atA, faction: atB, from: spell.start?.at, to: spell.end?.at }),
          );
          continue;
        }
        const given = edge.id?.value.replace(/^[abr]:/, '');
        const base = given && !MACHINE_ID.test(given) ? given : `${choice}-${a}-${b}`;
        const id = uniqueId(spells.length > 1 && n > 0 ? `${base}-${n + 1}` : base, used);
        const fields = {
          id: edge.id?.at,
          from: spell.start?.at,
          to: spell.end?.at,
          date: spell.start?.at,
          a: atA,
          b: atB,
          by: atA,
          against: atB,
        };
        if (choice === 'betrayal') {
          const date = attr('date')?.value ?? spell.start?.value;
          if (!date) {
            problems.push(
              netProblem(
                file,
                edge.at,
                `betrayal "${id}" has no date (expected a spell or start attribute)`,
              ),
            );
            continue;
          }
          add('betrayals', { id, by: a, against: b, date, summary, sources: cite }, origin(fields));
        } else {
          const collection = choice === 'alliance' ? 'alliances' : 'rivalries';
          add(
            collection,
            { id, a, b, from, to: spell.end?.value, summary, sources: cite },
            origin(fields),
          );
        }
      }
    }
    if (leftOut.length > 0) {
      const message = `${leftOut.length} edge${leftOut.length === 1 ? '' : 's'} join${leftOut.length === 1 ? 's' : ''} nodes the mapping leaves out, and ${leftOut.length === 1 ? 'was' : 'were'} left out too`;
      problems.push(netProblem(file, leftOut[0].at, message, 'warning'));
    }
    const layout = Object.keys(positions).length > 0 ? { layout: { positions } } : {};
    const dataset = {
      id: slugify(file.replace(/\.[a-z]+$/i, '')) || 'imported-network',
      title: `Imported network (${file})`,
      description: network.description || `A network imported from ${file} (${network.format}).`,
      range,
      defaultTime: range.from,
      license: 'Not stated',
      authors: ['Not stated'],
    };
    const year = options.year ?? new Date().getFullYear();
    const source = {
      id: sourceId,
      kind: 'primary',
      author: `${network.format} import`,
      title: file,
      year,
    };
    const bundle = { dataset, sources: [source], ...out, events: [], ...layout };
    const result = loadBundleValue(bundle, file);
    const place = (list: LocatedProblem[]) => list.map((p) => relocate(p, origins, file));
    const warnings = [
      ...problems.filter((p) => p.severity === 'warning'),
      ...place(result.warnings),
    ];
    const errors = [
      ...problems.filter((p) => p.severity === 'error'),
      ...(result.ok ? [] : place(result.errors)),
    ];
    if (result.ok && errors.length === 0)
      return { ok: true, data: result.data, warnings: sorted(warnings) };
    return { ok: false, errors: sorted(errors), warnings: sorted(warnings) };
  } catch (error) {
    return crashed(network?.file ?? 'graph', error);
  }
}

/** One spell per record; an edge without spells lasts the whole range. */
function edgeSpells(edge: NetEdge): NetSpell[] {
  const from = edge.attributes.get('from');
  const to = edge.attributes.get('to');
  if (from) return [{ start: from, end: to }];
  return edge.spells.length > 0 ? edge.spells : [{}];
}

/** Dataset ids for node ids: the id itself when it is a slug, else its label's slug, unique. */
function nodeIds(nodes: NetNode[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  nodes.forEach((node, index) => {
    const raw = node.id.value;
    // Ids a tool numbered (`0`, `n3`) say nothing: the label's slug reads better
    const own = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) && !MACHINE_ID.test(raw) ? raw : '';
    const base = own || slugify(node.label?.value ?? '') || slugify(raw) || `node-${index + 1}`;
    ids.set(raw, uniqueId(/^\d+$/.test(base) ? `node-${base}` : base, used));
  });
  return ids;
}

function uniqueId(given: string, used: Set<string>): string {
  const base = (slugify(given) || 'edge').slice(0, 90);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function allDates(network: Network): string[] {
  const values: string[] = [];
  for (const item of [...network.nodes, ...network.edges]) {
    for (const spell of item.spells) {
      for (const v of [spell.start?.value, spell.end?.value])
        if (v && isPartialDate(v)) values.push(v);
    }
  }
  return values;
}

/** The years the graph says it covers, else those its dates cover (this year when none). */
function rangeOf(dates: string[], bounds?: NetSpell): { from: string; to: string } {
  const own = [bounds?.start?.value, bounds?.end?.value];
  if (own.every((d) => d !== undefined && isPartialDate(d))) {
    const [from, to] = own as string[];
    return { from: from.slice(0, 4), to: to.slice(0, 4) };
  }
  const years = dates.map(yearOf);
  if (years.length === 0) years.push(new Date().getFullYear());
  const pad = (year: number) => String(year).padStart(4, '0');
  return { from: pad(Math.min(...years)), to: pad(Math.max(...years)) };
}

/** A Wikidata id (`Q855`) from an id or an entity URL, or undefined. */
export function qid(value: string | undefined): string | undefined {
  const found = /(?:^|\/)(Q\d+)$/.exec(value?.trim() ?? '');
  return found?.[1];
}

/** Moves a problem found in the generated bundle back to where its record was written. */
function relocate(
  problem: LocatedProblem,
  origins: Map<string, Origin>,
  file: string,
): LocatedProblem {
  const [collection, index, field] = problem.path;
  const origin = origins.get(`${String(collection)}:${String(index)}`);
  const at = (origin && typeof field === 'string' ? origin.fields[field] : undefined) ??
    origin?.at ?? { line: 1, column: 1 };
  const moved: Problem = { ...problem, file, line: at.line, column: at.column };
  return { ...moved, line: at.line, column: at.column, text: formatProblem(moved) };
}

function sorted(list: LocatedProblem[]): LocatedProblem[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}

function failed(problems: LocatedProblem[]): LoadResult {
  return {
    ok: false,
    errors: sorted(problems.filter((p) => p.severity === 'error')),
    warnings: sorted(problems.filter((p) => p.severity === 'warning')),
  };
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
