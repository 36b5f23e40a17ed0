/**
 * The kinds of faction, without Zod: the graph's visual spec reads them on a first visit, when
 * the schema (and Zod) is not loaded.
 */
export const factionKinds = ['leadership', 'opposition', 'institution', 'bloc'] as const;

/** One kind of faction. */
export type FactionKind = (typeof factionKinds)[number];
