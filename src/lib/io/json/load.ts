/**
 * Loads a dataset from text, either a folder's files or one bundle file, into validated
 * records. Works in the browser and in Node (no `fs` here). Never throws: every problem
 * comes back placed at a line and column of its file, and formatted.
 */
import type { z } from 'zod';
import { checkDataset, type CheckOptions } from '../../model/dataset/dataset';
import {
  recordKinds,
  type LocatedProblem,
  type Problem,
  type RecordKind,
} from '../../model/dataset/problems';
import {
  bundleSchema,
  collectionNames,
  collectionSchemas,
  fileSchemas,
  idSchema,
} from '../../model/dataset/schema';
import type {
  CollectionName,
  DatasetInfo,
  DatasetRecords,
  FileName,
  Layout,
  Tour,
} from '../../model/dataset/schema';
import { countRecords, readDocument, validateDocument, valueDocument, type Doc } from './documents';
import { MAX_RECORDS, tooManyRecordsMessage } from './limits';
import { crashed, finish } from './results';

/** The outcome of loading: the records, or the errors; warnings either way. */
export type LoadResult =
  | { ok: true; data: DatasetRecords; warnings: LocatedProblem[] }
  | { ok: false; errors: LocatedProblem[]; warnings: LocatedProblem[] };

/** The files a dataset folder must hold (`layout.json` is optional). */
export const requiredFiles: readonly string[] = ['dataset', ...collectionNames].map(
  (n) => `${n}.json`,
);

/** The files a dataset folder may hold besides the required ones. */
export const optionalFiles: readonly string[] = ['layout.json', 'tours.json'];

/**
 * Loads a dataset from its files' texts, keyed by file name (`'people.json'`). Other keys are
 * ignored. `dir` only prefixes file names in the formatted texts (`graph-data/people.json:3:5 …`).
 */
export function loadDatasetFiles(
  files: Record<string, string>,
  options: { dir?: string; authoring?: boolean } = {},
): LoadResult {
  let dir: string | undefined;
  try {
    dir = typeof options?.dir === 'string' ? options.dir : undefined;
    const text = (file: string): unknown =>
      typeof files === 'object' &&
      files !== null &&
      Object.prototype.hasOwnProperty.call(files, file)
        ? files[file]
        : undefined;
    const names: FileName[] = ['dataset', ...collectionNames];
    if (text('layout.json') !== undefined) names.push('layout');
    if (text('tours.json') !== undefined) names.push('tours');
    const docs = names.map((name) =>
      readDocument(`${name}.json`, { type: 'file', name }, text(`${name}.json`)),
    );
    if (!withinRecordLimit(docs)) return finish(docs, dir);
    const values = new Map<FileName, unknown>();
    // Records that failed their schema (by id; by kind when the id is what failed): what
    // other records say about them is not checked
    const failed: Failed = { ids: new Set(), kinds: new Set() };
    names.forEach((name, i) => {
      if (!docs[i].clean) return;
      const schema: z.ZodType = fileSchemas[name];
      const value = validateDocument(docs[i], schema);
      values.set(name, value ?? validItems(name, docs[i], failed));
    });
    // Like a compiler, the cross-record checks still run when some records failed their schema,
    // over the records that passed; they need every file read and the dataset's description
    const canCheck = docs.every((doc) => doc.clean) && values.get('dataset') !== undefined;
    if (!canCheck) return finish(docs, dir);
    const valid = !hasErrors(docs);
    const records = fromFiles(values);
    for (const problem of checkDataset(records, { authoring: options?.authoring === true })) {
      if (!valid && aboutFailed(problem, failed)) continue;
      docs.find((doc) => doc.file === problem.file)?.pending.push({ problem });
    }
    return finish(docs, dir, valid ? records : undefined);
  } catch (error) {
    return crashed('dataset.json', error, dir);
  }
}

/**
 * Loads a dataset from one bundle: `{ "dataset": {…}, "sources": […], …, "layout"?: {…} }`.
 * Problems point into the bundle, e.g. `bundle.json:12:7 person "stalin" .born: …`.
 */
export function loadBundle(
  text: string,
  fileName = 'bundle.json',
  options: CheckOptions = {},
): LoadResult {
  const file = typeof fileName === 'string' && fileName !== '' ? fileName : 'bundle.json';
  try {
    return loadBundleDocument(readDocument(file, { type: 'bundle' }, text), options);
  } catch (error) {
    return crashed(file, error);
  }
}

/**
 * Validates a bundle already in memory (what a CSV import builds from its rows), without a round
 * trip through JSON text: problems carry their paths into the bundle and are placed at line 1.
 */
export function loadBundleValue(value: unknown, file: string): LoadResult {
  try {
    return loadBundleDocument(valueDocument(file, { type: 'bundle' }, value));
  } catch (error) {
    return crashed(file, error);
  }
}

function loadBundleDocument(doc: Doc, options: CheckOptions = {}): LoadResult {
  if (!doc.clean || !withinRecordLimit([doc])) return finish([doc]);
  const data = validateDocument(doc, bundleSchema);
  if (!data || hasErrors([doc])) {
    // Like a compiler, and like a folder: the cross-record checks still run over the records
    // that passed their schema, so that one bad month does not hide a dangling reference
    const failed: Failed = { ids: new Set(), kinds: new Set() };
    const partial = validBundle(doc, failed);
    if (partial) {
      for (const problem of checkDataset(partial, options)) {
        if (!aboutFailed(problem, failed))
          doc.pending.push({ problem: intoBundle(problem, doc.file) });
      }
    }
    return finish([doc]);
  }
  const { dataset, layout, ...collections } = data;
  const records: DatasetRecords = {
    ...withoutSchema(collections),
    dataset: withoutSchema(dataset),
  };
  if (layout) records.layout = withoutSchema(layout);
  for (const problem of checkDataset(records, options))
    doc.pending.push({ problem: intoBundle(problem, doc.file) });
  return finish([doc], undefined, records);
}

/** Refuses datasets over MAX_RECORDS before their schemas are checked. */
function withinRecordLimit(docs: Doc[]): boolean {
  const counts = docs.map((doc) => (doc.clean ? countRecords(doc) : 0));
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= MAX_RECORDS) return true;
  const biggest = docs[counts.indexOf(Math.max(...counts))];
  const problem: Problem = {
    severity: 'error',
    file: biggest.file,
    path: [],
    message: tooManyRecordsMessage(total),
  };
  biggest.pending.push({ problem });
  return false;
}

/**
 * The items of a collection file that failed its schema which pass their own, each at its index
 * (the others are holes, which the checks skip); the rest go into `failed`.
 * Undefined for a file that is not a collection or has no list of items.
 */
function validItems(name: FileName, doc: Doc, failed: Failed): { items: unknown[] } | undefined {
  if (name === 'dataset' || name === 'layout' || name === 'tours') return undefined;
  const raw = (doc.parsed?.value as { items?: unknown } | undefined)?.items;
  const items = validList(name, raw, failed);
  if (items === undefined) failed.kinds.add(recordKinds[name]);
  return items && { items };
}

/** The items of a list that pass their collection's schema, at their indexes; undefined if no list. */
function validList(name: CollectionName, raw: unknown, failed: Failed): unknown[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const schema: z.ZodType = collectionSchemas[name];
  const items: unknown[] = new Array(raw.length);
  raw.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) items[i] = result.data;
    else failRecord(name, item, failed);
  });
  return items;
}

/**
 * The records of a bundle that failed its schema which pass their own (holes for the others,
 * which go into `failed`), for the cross-record checks; undefined when its description fails
 * or it is not an object (nothing can be checked without the range). A layout or tours that
 * fail are left out.
 */
function validBundle(doc: Doc, failed: Failed): DatasetRecords | undefined {
  const value = doc.parsed?.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const dataset = fileSchemas.dataset.safeParse(raw.dataset);
  if (!dataset.success) return undefined;
  const values = new Map<FileName, unknown>([['dataset', dataset.data]]);
  for (const name of collectionNames) {
    const items = validList(name, raw[name], failed);
    if (items === undefined) failed.kinds.add(recordKinds[name]);
    values.set(name, { items: items ?? [] });
  }
  const layout = fileSchemas.layout.safeParse(raw.layout);
  if (raw.layout !== undefined && layout.success) values.set('layout', layout.data);
  return fromFiles(values);
}

interface Failed {
  /** The ids of records that failed their schema. */
  ids: Set<string>;
  /** The kinds of record whose whole list failed, or one record of which has no valid id. */
  kinds: Set<RecordKind>;
}

/**
 * A cross-record problem that follows from records that failed their schema: it names a
 * record it did not find, and that record failed (or one of its kind without a valid id, or
 * its whole list).
 */
function aboutFailed(problem: Problem, failed: Failed): boolean {
  const missing = problem.missing;
  if (!missing) return false;
  return failed.ids.has(missing.id) || missing.kinds.some((kind) => failed.kinds.has(kind));
}

/**
 * Notes a record that failed its schema: by its id; a record whose id is missing or itself
 * failed may be the one any reference to its kind meant, so its whole kind (memberships have
 * no id, and nothing names them by one).
 */
function failRecord(name: CollectionName, item: unknown, failed: Failed): void {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && idSchema.safeParse(id).success) failed.ids.add(id);
  else if (name !== 'memberships') failed.kinds.add(recordKinds[name]);
}

function hasErrors(docs: Doc[]): boolean {
  return docs.some((doc) => doc.pending.some((p) => p.problem.severity === 'error'));
}

function fromFiles(values: Map<FileName, unknown>): DatasetRecords {
  const items = <K extends CollectionName>(name: K) =>
    (values.get(name) as { items: DatasetRecords[K] } | undefined)?.items ?? [];
  const layout = values.get('layout') as Layout | undefined;
  const tours = (values.get('tours') as { items: Tour[] } | undefined)?.items;
  return {
    dataset: withoutSchema(values.get('dataset') as DatasetInfo),
    sources: items('sources'),
    people: items('people'),
    factions: items('factions'),
    memberships: items('memberships'),
    alliances: items('alliances'),
    rivalries: items('rivalries'),
    betrayals: items('betrayals'),
    events: items('events'),
    ...(layout ? { layout: withoutSchema(layout) } : {}),
    ...(tours ? { tours } : {}),
  };
}

// `$schema` points editors at a schema file; it is not part of the data
function withoutSchema<T extends { $schema?: string }>(value: T): T {
  const copy = { ...value };
  delete copy.$schema;
  return copy;
}

/** Moves a problem from a collection file (`people.json`, `['items', 3]`) into the bundle. */
function intoBundle(problem: Problem, file: string): Problem {
  const name = problem.file.replace(/\.json$/, '');
  // Collections drop their `items` level; dataset and layout keep their whole path
  const whole = name === 'dataset' || name === 'layout';
  const path = whole ? [name, ...problem.path] : [name, ...problem.path.slice(1)];
  return { ...problem, file, path };
}
