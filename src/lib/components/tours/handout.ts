/**
 * "Print handout": the pages of a handout, one for the view on screen or one per step of the
 * tour being played. Each page has the graph as the PNG export draws it (light, whatever the
 * theme), the window's changes ("This year") and every source cited on the page.
 */
import { tick } from 'svelte';
import type { GraphView } from '$lib/graph/view';
import { buildExport } from '$lib/export/run';
import { resolveSources, type ResolvedSource } from '$lib/model/dataset/citations';
import { windowSections, type YearSection } from '$lib/model/panels/this-year';
import type { SourceRef, TourStep } from '$lib/model/dataset/schema';
import { palettes } from '$lib/model/view/visual';
import type { Explorer } from '$lib/state/explorer.svelte';
import { showStep } from '$lib/state/tour.svelte';
import { theme } from '$lib/state/theme.svelte';

/** One printed page. */
export interface HandoutPage {
  heading: string;
  /** The period shown: "1929", "Aug 1936", "1924 → 1929". */
  period: string;
  text?: string;
  /** An object URL of the graph's PNG (revoke when done). */
  image?: string;
  sections: YearSection[];
  sources: ResolvedSource[];
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The page of the explorer's view now; `step` adds its title, text and sources. */
async function pageNow(explorer: Explorer, view: GraphView | undefined, step?: TourStep) {
  const period = explorer.compare
    ? `${explorer.compare.from} → ${explorer.compare.to}`
    : explorer.cursorText;
  const sections = windowSections(explorer.lookup, explorer.timeline, explorer.current);
  const refs: SourceRef[] = [...(step?.sources ?? [])];
  for (const item of sections.flatMap((s) => s.items))
    refs.push(...(explorer.lookup.byId.get(item.id)?.record.sources ?? []));
  const seen = new Set<string>();
  // Each book once, without the pages one record cites it for
  const unique = refs
    .filter((r) => !seen.has(r.source) && seen.add(r.source))
    .map((r) => ({ source: r.source }));
  const page: HandoutPage = {
    heading: step?.title ?? explorer.data.dataset.title,
    period,
    sections,
    sources: resolveSources(unique, explorer.lookup.sources),
  };
  if (step) page.text = step.text;
  if (view) {
    // The glide to the new positions is cut short: the picture shows where nodes end up
    view.place(explorer.positions, 0);
    const input = explorer.exportInput(view.positions());
    const { blob } = await buildExport('png', input, {
      picture: view,
      area: 'whole',
      palette: palettes.light,
    });
    page.image = URL.createObjectURL(blob);
  }
  return page;
}

/** The handout's pages: the view on screen, or each of `steps` (then back to `current`). */
export async function handoutPages(
  explorer: Explorer,
  view: GraphView | undefined,
  steps?: { list: readonly TourStep[]; current: number },
): Promise<HandoutPage[]> {
  view?.setPalette(palettes.light);
  try {
    if (!steps) return [await pageNow(explorer, view)];
    const pages: HandoutPage[] = [];
    for (const step of steps.list) {
      showStep(explorer, step);
      await tick();
      await frame();
      pages.push(await pageNow(explorer, view, step));
    }
    const back = steps.list[steps.current];
    if (back) showStep(explorer, back);
    return pages;
  } finally {
    view?.setPalette(theme.palette);
  }
}
