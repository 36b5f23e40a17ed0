/** Which kinds of element the user has chosen to see. Pure: no Cytoscape here. */
export interface GraphFilters {
  memberships: boolean;
  alliances: boolean;
  rivalries: boolean;
  betrayals: boolean;
  pastBetrayals: boolean;
  dead: boolean;
  /** People with no active relationship or membership in the period (shown receded). */
  inactive: boolean;
  /** Memberships of permanent institutions (Politburo, Sovnarkom…): offices, the context. */
  institutions: boolean;
}

export const defaultFilters: GraphFilters = {
  memberships: true,
  alliances: true,
  rivalries: true,
  betrayals: true,
  pastBetrayals: true,
  dead: true,
  inactive: true,
  institutions: true,
};

/** The filter that governs an edge kind. */
export const EDGE_FILTER = {
  membership: 'memberships',
  alliance: 'alliances',
  rivalry: 'rivalries',
  betrayal: 'betrayals',
} as const satisfies Record<string, keyof GraphFilters>;

/** The filters, in the order the page lists them. */
export const FILTER_KEYS: readonly (keyof GraphFilters)[] = [
  'memberships',
  'alliances',
  'rivalries',
  'betrayals',
  'pastBetrayals',
  'dead',
  'inactive',
  'institutions',
];

/**
 * Each filter's names: `param` in `hide=` (the URL, and the export CLI's `--hide`), `text` in
 * sentences such as a caption's "Not shown: rivalries, the dead.".
 */
export const FILTER_NAMES: Record<keyof GraphFilters, { param: string; text: string }> = {
  memberships: { param: 'memberships', text: 'memberships' },
  alliances: { param: 'alliances', text: 'alliances' },
  rivalries: { param: 'rivalries', text: 'rivalries' },
  betrayals: { param: 'betrayals', text: 'betrayals' },
  pastBetrayals: { param: 'past-betrayals', text: 'earlier betrayals' },
  dead: { param: 'dead', text: 'the dead' },
  inactive: { param: 'inactive', text: 'people with no relationship that year' },
  institutions: { param: 'institutions', text: 'offices in institutions' },
};

/** The filter a `hide=` name turns off. */
export const FILTER_PARAMS: Readonly<Record<string, keyof GraphFilters>> = Object.fromEntries(
  FILTER_KEYS.map((key) => [FILTER_NAMES[key].param, key]),
);

/**
 * Whether a membership passes the filters: memberships are on and, for a permanent
 * institution's (an office), offices are on too. The graph, the table and the exports ask.
 */
export function membershipShown(filters: GraphFilters, institutional: boolean): boolean {
  return filters.memberships && (!institutional || filters.institutions);
}
