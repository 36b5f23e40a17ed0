/**
 * Zod schemas for every file of a dataset (DESIGN.md §3). Types come from `z.infer`.
 * Record-level rules live here; rules across records live in `dataset.ts`.
 */
import { z } from 'zod';
import { factionKinds, type FactionKind } from './kinds';
import { typeName } from './problems';
import { EDTF_PATTERN, readEdtf } from '../time/edtf';
import { FILTER_KEYS, FILTER_NAMES } from '../view/filters';

export { factionKinds, type FactionKind };

// No code generation: the page's Content Security Policy forbids eval, and Zod's JIT probes it.
z.config({ jitless: true });

const DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';
const DATE_EXPECTED = `is not a date (expected ${DATE_FORMS})`;
/** A date that is missing or not a string, named as a date rather than as "string". */
const dateTypeError = (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `is missing (expected a date: ${DATE_FORMS})`
    : `expected a date (${DATE_FORMS}), got ${typeName(issue.input)}`;

export const idSchema = z
  .string()
  .max(100, 'is too long for an id (expected at most 100 characters)')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not an id (expected a lowercase kebab-case slug)');
/** What was expected instead of `input`, for the one message a bad date gets. */
function dateExpected(input: unknown): string {
  const result =
    typeof input === 'string'
      ? readEdtf(input)
      : ({ ok: false, expected: 'YYYY, YYYY-MM or YYYY-MM-DD' } as const);
  return result.ok ? DATE_EXPECTED : `is not a date (expected ${result.expected})`;
}
/**
 * Every date field: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or the EDTF subset of `edtf.ts`. The
 * pattern (what editors check from the JSON Schema) is the shape; the refinement the calendar.
 */
export const partialDateSchema = z
  .string({ error: dateTypeError })
  // abort: a malformed date reports one issue, not a second one from the calendar check
  .regex(EDTF_PATTERN, { error: (issue) => dateExpected(issue.input), abort: true })
  .refine((value) => readEdtf(value).ok, { error: (issue) => dateExpected(issue.input) });
const text = z.string().min(1, 'is empty (expected text)').max(20_000);
const optionalText = z.string().max(20_000).optional();
export const httpUrlSchema = z
  .string()
  .max(2_000)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), {
    error: 'is not an http(s) URL (only http: and https: links are allowed)',
  });

/** A citation of a bibliography entry, optionally with a page and a note. */
export const sourceRefSchema = z.strictObject({
  source: idSchema,
  page: optionalText,
  note: optionalText,
});
const citations = z.array(sourceRefSchema).min(1, 'has no source (expected at least one)');

/** Marks a point historians dispute; a disputed record must say why in `note`. */
const disputable = {
  disputed: z.boolean().optional(),
  /**
   * Which part is disputed, so that the graph marks it only where it is on screen: the start
   * (`from`), the end (`to`), a birth (`born`), a dated record's date (`date`). Without it the
   * whole record is disputed.
   */
  disputedPart: z.enum(['from', 'to', 'born', 'date']).optional(),
  note: optionalText,
};

const interval = { from: partialDateSchema, to: partialDateSchema.optional() };
/** A Wikidata item id (`Q855`), so that datasets link to each other and to the item. */
const wikidata = z
  .string()
  .regex(/^Q[1-9]\d{0,11}$/, 'is not a Wikidata id (expected Q and digits, e.g. Q855)')
  .optional();

export const datasetInfoSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  title: text,
  description: text,
  range: z.strictObject({ from: partialDateSchema, to: partialDateSchema }),
  defaultTime: partialDateSchema,
  license: text,
  authors: z.array(text).min(1),
});

export const sourceKinds = ['scholarly', 'reference', 'primary', 'press', 'web'] as const;
export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(sourceKinds).optional(),
  author: text,
  title: text,
  year: z.number().int().min(1000).max(2100),
  publisher: optionalText,
  url: httpUrlSchema.optional(),
});

export const fateKinds = [
  'natural',
  'executed',
  'suicide',
  'assassinated',
  'killed-in-prison',
  'killed-abroad',
  'killed-in-battle',
] as const;
export const fateSchema = z.strictObject({
  kind: z.enum(fateKinds),
  date: partialDateSchema,
  ...disputable,
});

export const roleSchema = z.strictObject({
  title: text,
  ...interval,
  sources: citations,
});

export const personSchema = z.strictObject({
  id: idSchema,
  name: text,
  fullName: optionalText,
  nativeName: optionalText,
  aliases: z.array(text).default([]),
  born: partialDateSchema.optional(),
  died: partialDateSchema.optional(),
  fate: fateSchema.optional(),
  roles: z.array(roleSchema).default([]),
  summary: text,
  wikidata,
  ...disputable,
  sources: citations,
});

export const factionSchema = z.strictObject({
  id: idSchema,
  name: text,
  kind: z.enum(factionKinds),
  ...interval,
  summary: text,
  /** True for groupings that existed only as a charge (e.g. a show-trial "bloc"). */
  fabricated: z.boolean().optional(),
  wikidata,
  ...disputable,
  sources: citations,
});

/** A candidate is a non-voting member, such as a candidate member of the Politburo. */
export const membershipRoles = ['leader', 'member', 'candidate'] as const;
export type MembershipRole = (typeof membershipRoles)[number];
export const membershipSchema = z.strictObject({
  person: idSchema,
  faction: idSchema,
  role: z.enum(membershipRoles),
  ...interval,
  ...disputable,
  sources: citations,
});

export const allianceSchema = z.strictObject({
  id: idSchema,
  a: idSchema,
  b: idSchema,
  ...interval,
  summary: text,
  /** The betrayal or event that ended the alliance. */
  endedBy: idSchema.optional(),
  ...disputable,
  sources: citations,
});

export const rivalrySchema = z.strictObject({
  id: idSchema,
  a: idSchema,
  b: idSchema,
  ...interval,
  summary: text,
  ...disputable,
  sources: citations,
});

export const betrayalSchema = z.strictObject({
  id: idSchema,
  by: idSchema,
  against: idSchema,
  date: partialDateSchema,
  summary: text,
  /** The alliance this betrayal broke. */
  ends: idSchema.optional(),
  ...disputable,
  sources: citations,
});

export const eventKinds = [
  'congress',
  'plenum',
  'death',
  'trial',
  'expulsion',
  'arrest',
  'appointment',
  'exile',
  'other',
] as const;
export const eventSchema = z.strictObject({
  id: idSchema,
  date: partialDateSchema,
  kind: z.enum(eventKinds).default('other'),
  title: text,
  summary: text,
  people: z.array(idSchema).default([]),
  ...disputable,
  sources: citations,
});

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });
const positionsSchema = z.record(idSchema, positionSchema);
/**
 * `positions` is one layout for every year ("Fixed positions", and the only one of older
 * files); `years`, when present, holds a layout per year, keyed by the year ("1929").
 */
export const layoutSchema = z.strictObject({
  $schema: z.string().optional(),
  positions: positionsSchema,
  years: z.record(z.string().regex(/^-?\d{1,4}$/), positionsSchema).optional(),
});

/** `hide` names in a tour step: the filters' names in the URL's `hide=`. */
const filterParams = FILTER_KEYS.map((key) => FILTER_NAMES[key].param) as [string, ...string[]];
const tourYear = z.number().int().min(-9999).max(9999);

/**
 * One step of a tour: the view it sets (a year or a month, a focus, filters, a comparison or
 * a path) and what it says (a title, a short text and its sources).
 */
export const tourStepSchema = z.strictObject({
  title: text,
  text: z.string().min(1, 'is empty (expected text)').max(2_000),
  /** The year (`1927`) or month (`1927-11`, which shows months) the step opens on. */
  time: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, 'is not a year or a month (expected YYYY or YYYY-MM)'),
  /** The record selected: a person, faction, relationship or event. */
  focus: idSchema.optional(),
  /** "Show connections only" around the focus: 1 or 2 steps. */
  ego: z.union([z.literal(1), z.literal(2)]).optional(),
  /** The other end of a path from the focus. */
  path: idSchema.optional(),
  /** Two years compared. */
  compare: z.strictObject({ from: tourYear, to: tourYear }).optional(),
  /** The filters turned off, by their names in the URL's `hide=`. */
  hide: z.array(z.enum(filterParams)).optional(),
  sources: citations,
});

export const tourSchema = z.strictObject({
  id: idSchema,
  title: text,
  description: text,
  steps: z.array(tourStepSchema).min(1, 'has no steps (expected at least one)'),
});

/** `{ "$schema": …, "items": [...] }`: the shape of every collection file. */
function collection<T extends z.core.$ZodType>(item: T) {
  return z.strictObject({ $schema: z.string().optional(), items: z.array(item) });
}

/** The collection files of a dataset, by name (without `.json`), with their item schemas. */
export const collectionSchemas = {
  sources: sourceSchema,
  people: personSchema,
  factions: factionSchema,
  memberships: membershipSchema,
  alliances: allianceSchema,
  rivalries: rivalrySchema,
  betrayals: betrayalSchema,
  events: eventSchema,
} as const;
export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

/** File schemas by file name, for validation and for the generated JSON Schemas. */
export const fileSchemas = {
  dataset: datasetInfoSchema,
  sources: collection(sourceSchema),
  people: collection(personSchema),
  factions: collection(factionSchema),
  memberships: collection(membershipSchema),
  alliances: collection(allianceSchema),
  rivalries: collection(rivalrySchema),
  betrayals: collection(betrayalSchema),
  events: collection(eventSchema),
  layout: layoutSchema,
  tours: collection(tourSchema),
};
export type FileName = keyof typeof fileSchemas;

export type DatasetInfo = z.infer<typeof datasetInfoSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Person = z.infer<typeof personSchema>;
export type Fate = z.infer<typeof fateSchema>;
export type FateKind = (typeof fateKinds)[number];
export type Role = z.infer<typeof roleSchema>;
export type Faction = z.infer<typeof factionSchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type Alliance = z.infer<typeof allianceSchema>;
export type Rivalry = z.infer<typeof rivalrySchema>;
export type Betrayal = z.infer<typeof betrayalSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type EventKind = (typeof eventKinds)[number];
export type Position = z.infer<typeof positionSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type TourStep = z.infer<typeof tourStepSchema>;

/** A whole dataset in one file (`{ dataset, sources: [...], …, layout? }`): imports, snapshots. */
export const bundleSchema = z.strictObject({
  $schema: z.string().optional(),
  dataset: datasetInfoSchema,
  sources: z.array(sourceSchema),
  people: z.array(personSchema),
  factions: z.array(factionSchema),
  memberships: z.array(membershipSchema),
  alliances: z.array(allianceSchema),
  rivalries: z.array(rivalrySchema),
  betrayals: z.array(betrayalSchema),
  events: z.array(eventSchema),
  layout: layoutSchema.optional(),
  tours: z.array(tourSchema).optional(),
});

/** A whole dataset in one object: what a bundle file holds and what validation produces. */
export type DatasetRecords = Omit<z.infer<typeof bundleSchema>, '$schema'>;
