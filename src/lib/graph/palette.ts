/** Colours of the graph in each theme; shapes and line styles carry meaning too (not colour alone). */
export interface Palette {
  background: string;
  text: string;
  textBackground: string;
  person: string;
  personBorder: string;
  dead: string;
  /** Labels of the dead: muted, still 4.5:1 on the background. */
  deadText: string;
  faction: Record<'leadership' | 'opposition' | 'institution' | 'bloc', string>;
  /** Faction labels: the faction's hue, dark enough (or light enough) to read as text. */
  factionText: Record<'leadership' | 'opposition' | 'institution' | 'bloc', string>;
  membership: string;
  alliance: string;
  rivalry: string;
  betrayal: string;
  selected: string;
  /** The halo of what a step brought: a cyan, far in hue from the disputed gold. */
  fresh: string;
  disputed: string;
  gained: string;
  lost: string;
}

export const lightPalette: Palette = {
  background: '#fbfaf7',
  text: '#1c1b19',
  textBackground: '#fbfaf7',
  person: '#e8e4da',
  personBorder: '#4a463e',
  dead: '#9a958b',
  deadText: '#5f5b53',
  faction: {
    leadership: '#b3261e',
    opposition: '#1f5f8b',
    institution: '#6b5a2e',
    bloc: '#6a3d9a',
  },
  factionText: {
    leadership: '#8c1d18',
    opposition: '#174a6c',
    institution: '#4f4222',
    bloc: '#552f7c',
  },
  membership: '#8a857b',
  alliance: '#1b7837',
  rivalry: '#d95f02',
  betrayal: '#a50f15',
  selected: '#0b57d0',
  fresh: '#00a3bf',
  disputed: '#c48a00',
  gained: '#0b57d0',
  lost: '#5f5b53',
};

export const darkPalette: Palette = {
  background: '#16171a',
  text: '#ecebe7',
  textBackground: '#16171a',
  person: '#3a3c42',
  personBorder: '#c9c6bd',
  dead: '#6d6a64',
  deadText: '#a8a49b',
  faction: {
    leadership: '#f2766b',
    opposition: '#6cb2e6',
    institution: '#cbb67a',
    bloc: '#b99ae0',
  },
  factionText: {
    leadership: '#f6a39b',
    opposition: '#a3d0f0',
    institution: '#e0d3a6',
    bloc: '#d3c0ee',
  },
  membership: '#8e8b84',
  alliance: '#5fc77f',
  rivalry: '#ff9d4d',
  betrayal: '#ff6b6b',
  selected: '#8ab4f8',
  fresh: '#3fd3e8',
  disputed: '#f2c94c',
  gained: '#8ab4f8',
  lost: '#c9c6bd',
};
