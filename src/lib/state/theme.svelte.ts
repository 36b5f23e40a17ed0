/**
 * The colour theme and the motion preference, from Svelte's own media queries: reactive,
 * with no listeners of our own. Read `theme.palette` wherever a kind's colour is drawn.
 */
import { MediaQuery } from 'svelte/reactivity';
import { prefersReducedMotion } from 'svelte/motion';
import { palettes, type Palette, type Theme } from '$lib/model/view/visual';

const darkScheme = new MediaQuery('prefers-color-scheme: dark', false);

export const theme = {
  get name(): Theme {
    return darkScheme.current ? 'dark' : 'light';
  },
  /** The colours of the graph, the legend and exported pictures in the current theme. */
  get palette(): Palette {
    return palettes[this.name];
  },
  /** True when the user asks for less motion: no animated moves, no halo. */
  get reducedMotion(): boolean {
    return prefersReducedMotion.current;
  },
};
