/**
 * Safe reads from parsed JSON values of unknown shape, and what a path in a document means:
 * which record it is in, that record's id, and the field within it.
 */
import { collectionNames, type CollectionName, type FileName } from '../../model/dataset/schema';
import {
  fieldName,
  membershipSubject,
  recordKinds,
  type JsonPath,
  type RecordKind,
} from '../../model/dataset/problems';

/** Reads an own property or array element; never reaches a prototype. */
export function child(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value)) return typeof segment === 'number' ? value[segment] : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, segment)
    ? (value as Record<string, unknown>)[segment]
    : undefined;
}

/** The value at a path, or undefined. */
export function valueAt(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const segment of path) current = child(current, segment);
  return current;
}

/** True when the path leads to a value that is present (even if it is null). */
export function hasAt(value: unknown, path: JsonPath): boolean {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) {
      if (typeof segment !== 'number' || segment < 0 || segment >= current.length) return false;
    } else if (typeof current !== 'object' || current === null) return false;
    else if (!Object.prototype.hasOwnProperty.call(current, segment)) return false;
    current = child(current, segment);
  }
  return true;
}

/** What a document holds: one file of a dataset folder, or a whole bundle. */
export type DocumentShape = { type: 'file'; name: FileName } | { type: 'bundle' };

/** The record a path is in, the record's id, and the field within it. */
export interface PathMeaning {
  kind?: RecordKind;
  recordId?: string;
  field?: string;
}

/** Says which record and field a path of a document points at. */
export function describePath(shape: DocumentShape, document: unknown, path: JsonPath): PathMeaning {
  const name = shape.type === 'file' ? shape.name : undefined;
  // In a bundle, `['people', 3, …]` is what `['items', 3, …]` is in people.json
  const owner = shape.type === 'bundle' ? path[0] : name;
  const base: JsonPath = shape.type === 'bundle' ? path.slice(0, 1) : [];
  const rest = path.slice(base.length);
  if (owner === 'dataset' || owner === 'layout') {
    const record = valueAt(document, base);
    const recordId = owner === 'dataset' ? idOf(record, 'dataset') : undefined;
    return { kind: owner, recordId, field: fieldName(rest) || undefined };
  }
  // Tours sit in a collection file too, though they are not records of the graph
  const collection = [...collectionNames, 'tours' as const].find((c) => c === owner);
  const itemsAt: JsonPath = shape.type === 'bundle' ? base : ['items'];
  const head = path.slice(0, itemsAt.length);
  const index = path[itemsAt.length];
  if (collection && head.join('\u0000') === itemsAt.join('\u0000') && typeof index === 'number') {
    const record = valueAt(document, [...itemsAt, index]);
    const field = fieldName(path.slice(itemsAt.length + 1)) || undefined;
    return { kind: recordKinds[collection], recordId: idOf(record, collection), field };
  }
  return { field: fieldName(path) || undefined };
}

/** A record's id as messages show it; memberships are named `person→faction`. */
export function idOf(
  record: unknown,
  collection: CollectionName | 'dataset' | 'tours',
): string | undefined {
  if (collection === 'memberships') {
    const person = child(record, 'person');
    const faction = child(record, 'faction');
    return typeof person === 'string' && typeof faction === 'string'
      ? membershipSubject(person, faction)
      : undefined;
  }
  const id = child(record, 'id');
  return typeof id === 'string' && id !== '' ? id : undefined;
}
