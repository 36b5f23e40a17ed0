/**
 * The columns and values a CSV import understands: the names Gephi and Palladio users already
 * write (`id, label, type, start, end`; `source, target, type, start, end`), and the words
 * of the `type` column mapped onto the dataset format.
 */
import type { FactionKind, MembershipRole } from '../../model/dataset/schema';

/** A column: its canonical name and the header names accepted for it (lowercase). */
export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  required?: boolean;
}

/** Gephi's time columns (`Time Interval`, `timeset`), read by csv-interval.ts. */
const TIME_ALIASES = ['interval', 'time interval', 'timeinterval', 'timeset', 'timestamps'];

/** The columns of a nodes file (people and factions). */
export const nodeColumns: readonly ColumnSpec[] = [
  { name: 'id', aliases: ['id', 'identifier', 'key'], required: true },
  { name: 'label', aliases: ['label', 'name'] },
  { name: 'type', aliases: ['type', 'kind', 'category', 'class'] },
  { name: 'start', aliases: ['start', 'start date', 'begin', 'born'] },
  { name: 'end', aliases: ['end', 'end date', 'died'] },
  { name: 'interval', aliases: TIME_ALIASES },
  { name: 'description', aliases: ['description', 'summary', 'note', 'notes'] },
  { name: 'fate', aliases: ['fate'] },
  { name: 'citation', aliases: ['citation', 'citations', 'source', 'sources', 'reference'] },
  { name: 'page', aliases: ['page', 'pages'] },
];

/** The columns of an edges file (memberships and relationships). */
export const edgeColumns: readonly ColumnSpec[] = [
  { name: 'source', aliases: ['source', 'from'], required: true },
  { name: 'target', aliases: ['target', 'to'], required: true },
  // Gephi's own `type` column says Directed/Undirected: `relation` wins when both are present
  { name: 'relation', aliases: ['relation', 'relationship', 'kind'] },
  { name: 'type', aliases: ['type', 'category'] },
  { name: 'start', aliases: ['start', 'start date', 'date', 'begin'] },
  { name: 'end', aliases: ['end', 'end date'] },
  { name: 'interval', aliases: TIME_ALIASES },
  { name: 'id', aliases: ['id', 'identifier', 'key'] },
  { name: 'description', aliases: ['description', 'summary', 'label', 'note', 'notes'] },
  { name: 'citation', aliases: ['citation', 'citations', 'reference'] },
  { name: 'page', aliases: ['page', 'pages'] },
];

/** The columns of a sources file (the bibliography). */
export const sourceColumns: readonly ColumnSpec[] = [
  { name: 'id', aliases: ['id'], required: true },
  { name: 'author', aliases: ['author', 'authors'], required: true },
  { name: 'title', aliases: ['title'], required: true },
  { name: 'year', aliases: ['year'], required: true },
  { name: 'publisher', aliases: ['publisher'] },
  { name: 'url', aliases: ['url', 'link'] },
  { name: 'kind', aliases: ['kind', 'type'] },
];

/** What a node row becomes. */
export type NodeType = { type: 'person' } | { type: 'faction'; kind: FactionKind };

/** A reader of a cell's words: each list of words names one value; case and spacing aside. */
function wordReader<T>(entries: [string[], T][]): (value: string) => T | undefined {
  const byWord = new Map<string, T>();
  for (const [words, type] of entries) for (const word of words) byWord.set(word, type);
  return (value) => byWord.get(norm(value));
}

/** The node type a `type` cell names, or undefined. */
export const nodeType = wordReader<NodeType>([
  [['', 'person', 'people', 'individual', 'human', 'actor'], { type: 'person' }],
  [
    ['faction', 'group', 'bloc', 'clique', 'coalition', 'family'],
    { type: 'faction', kind: 'bloc' },
  ],
  [
    ['organisation', 'organization', 'org', 'institution', 'body', 'council', 'court', 'company'],
    { type: 'faction', kind: 'institution' },
  ],
  [['party', 'board', 'committee', 'church'], { type: 'faction', kind: 'institution' }],
  [['leadership', 'government', 'regime', 'ruling'], { type: 'faction', kind: 'leadership' }],
  [['opposition', 'rebels', 'rebellion', 'resistance'], { type: 'faction', kind: 'opposition' }],
]);

/** The node types, as error messages list them. */
export const NODE_TYPE_EXPECTED = 'person, faction, organisation, leadership, opposition or bloc';

/** What an edge row becomes. */
export type EdgeType =
  { type: 'membership'; role: MembershipRole } | { type: 'alliance' | 'rivalry' | 'betrayal' };

/** The edge type a `relation`/`type` cell names, or undefined. */
export const edgeType = wordReader<EdgeType>([
  [
    ['membership', 'member', 'member of', 'belongs to', 'affiliation'],
    { type: 'membership', role: 'member' },
  ],
  [['leader', 'leads', 'leader of', 'head'], { type: 'membership', role: 'leader' }],
  [
    ['candidate', 'candidate member', 'candidate member of', 'candidate of'],
    { type: 'membership', role: 'candidate' },
  ],
  [
    ['alliance', 'ally', 'allies', 'allied', 'support', 'supports', 'friend', 'friendship'],
    { type: 'alliance' },
  ],
  [
    ['rivalry', 'rival', 'rivals', 'enemy', 'enmity', 'opposes', 'conflict', 'hostility'],
    { type: 'rivalry' },
  ],
  [['betrayal', 'betrays', 'betrayed', 'defection', 'defects', 'deserts'], { type: 'betrayal' }],
]);

/** The edge types, as error messages list them. */
export const EDGE_TYPE_EXPECTED = 'membership, leader, candidate, alliance, rivalry or betrayal';

/** Gephi's edge direction words, which say nothing about the kind of relationship. */
export function isGephiDirection(value: string): boolean {
  return ['directed', 'undirected', 'mutual'].includes(norm(value));
}

/** Lowercase, trimmed, with `_` and `-` read as spaces: "Member_of" is "member of". */
export function norm(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/**
 * A lowercase kebab-case slug for an id: "Richard Neville" → "richard-neville",
 * "Élisabeth" → "elisabeth". Empty when nothing usable is left (e.g. only Cyrillic).
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
