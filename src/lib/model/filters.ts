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
}

export const defaultFilters: GraphFilters = {
  memberships: true,
  alliances: true,
  rivalries: true,
  betrayals: true,
  pastBetrayals: true,
  dead: true,
  inactive: true,
};

/** The filter that governs an edge kind. */
export const EDGE_FILTER = {
  membership: 'memberships',
  alliance: 'alliances',
  rivalry: 'rivalries',
  betrayal: 'betrayals',
} as const satisfies Record<string, keyof GraphFilters>;
