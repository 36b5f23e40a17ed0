import { MediaQuery } from 'svelte/reactivity';

/** Below this width the page is laid out for a phone: menus and panels fold into sheets. */
export const NARROW_QUERY = 'max-width: 800px';

/** Which of the page's folding parts are open (menu, filters, the bottom sheet on a phone). */
export class PageLayout {
  readonly narrow = new MediaQuery(NARROW_QUERY, false);
  /** The header's overflow menu (a phone). */
  menuOpen = $state(false);
  /** The filters and legend sheet (a phone). */
  filtersOpen = $state(false);
  /** The bottom sheet opened by hand, with nothing selected (a phone). */
  sheetOpen = $state(false);
}
