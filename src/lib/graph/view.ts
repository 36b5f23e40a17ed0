/**
 * The adapter between the timeline and Cytoscape: it creates `cy` once, then applies states
 * and diffs as class and data changes inside one `cy.batch()`. It never runs a layout.
 */
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type EdgeSingular,
  type NodeSingular,
} from 'cytoscape';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import type { ElementKind, TimelineDiff, TimelineState } from '$lib/model/timeline/timeline';
import { diesDuring, graphFate } from '$lib/model/timeline/format';
import { disputeShown, disputeSpans, type DisputeSpan } from '$lib/model/timeline/disputes';
import { DeathsByDay, EndsByDay } from '$lib/model/time/days-index';
import { isPartialDate, lastDay } from '$lib/model/time/dates';
import { membershipKey, recordActive } from '$lib/model/timeline/timeline';
import type { Link } from '$lib/model/view/graph-query';
import { EDGE_FILTER, type GraphFilters } from '$lib/model/view/filters';
import { betrayalShown, kindShown, personShown } from '$lib/model/view/visibility';
import { LEADING, OVERVIEW, type EdgeKind } from '$lib/model/view/visual';
import { leadingActors } from '$lib/model/view/leading';
import { boundsOf, fitViewport } from '$lib/model/layout/fit';
import { buildElements, elementId, recordOf } from './elements';
import { buildStylesheet, FULL_SIZE_MEMBERS } from './stylesheet';
import { labelBoost } from './label-boost';
import { Pointer, type Pointed } from './pointer';
import { FITTED_EVENT, keepFitted, type Fitting } from './autofit';
import type { Palette } from './palette';
import { Presence, type Styled } from './presence';
import {
  drawSvg,
  pngPicture,
  registerSvg,
  type GraphPicture,
  type PictureOptions,
} from './picture';

const EDGE_KINDS = ['membership', 'alliance', 'rivalry', 'betrayal'] as const;
const STATE_SET = {
  membership: 'memberships',
  alliance: 'alliances',
  rivalry: 'rivalries',
} as const;
const FRESH_KINDS: ElementKind[] = ['faction', 'alliance', 'rivalry', 'betrayal'];
/**
 * The most elements a step marks as fresh. A halo helps the eye find a few changes; on a large
 * network a step brings hundreds, and lighting them all showed nothing while it made the step
 * and the next one restyle them all (about 15% of a step at 20,000 elements).
 */
export const MAX_FRESH = 50;
/** A large network's zoom range: its fit may be far below the bundled dataset's. */
const LARGE_ZOOM = { minZoom: 0.02, maxZoom: 4 };
/** Room around a node's position when fitting positions: the node and a short label. */
const NODE_MARGIN = 30;
/** How long a zoom must rest before the leading labels take their size (ms). */
const LABEL_REST_MS = 120;

export interface GraphViewOptions {
  container?: HTMLElement;
  data: DatasetRecords;
  positions: Record<string, Position>;
  palette: Palette;
  /** Called with the record a user tapped, or undefined for the background. */
  onSelect?: (id: string | undefined) => void;
  /** Called when the mouse or the keyboard points at a node, or at nothing any more. */
  onPoint?: (pointed: Pointed | undefined) => void;
}

/** One Cytoscape instance showing one dataset at one time. */
export class GraphView {
  /** Only this class touches Cytoscape: the rest of the app goes through its methods. */
  private readonly cy: Core;
  private state: TimelineState | undefined;
  private filters: GraphFilters | undefined;
  private selected: string | undefined;
  private fresh = new Set<string>();
  private comparing = false;
  private factionIds: Set<string>;
  /** Active memberships of each faction, kept up to date by the diffs. */
  private memberCounts = new Map<string, number>();
  /** Emphasis level of each person present (see model/emphasis). */
  private levels = new Map<string, number>();
  private showBackground = true;
  private lit: { nodes: string[]; links: Link[] } | undefined;
  private onlyNodes: Set<string> | undefined;
  /** Disputed records by element id, with the periods their marker shows in. */
  private readonly disputes = new Map<string, DisputeSpan>();
  /** People drawn as dying in the period shown: the next step redraws them dead. */
  private dying = new Set<string>();
  private readonly deaths: DeathsByDay;
  /** Relationships by their last day: those ending in the period are drawn as ending. */
  private readonly ends: EndsByDay;
  private readonly endDay = new Map<string, number>();
  /** Relationships the last step ended, drawn as ghosts until the next step. */
  private ghosts = new Set<string>();
  /** Elements drawn as only possibly active (uncertain dates), see `markUncertain`. */
  private uncertainIds = new Set<string>();
  /** Every element; hidden ones are kept out of the graph (see presence.ts). */
  private readonly presence: Presence;
  /** The theme the screen shows. */
  private palette: Palette;
  /** The scale of the labels that stay drawn on a small screen (label-boost.ts). */
  private boost = 1;
  /** The node the mouse or the keyboard is on: Tab enters the graph, arrows travel. */
  readonly pointer: Pointer;
  /** A network large enough for the overview's level of detail (`OVERVIEW`). */
  private readonly large: boolean;
  /** Drawn with the overview's lines: a large network, zoomed out. */
  private overview = false;

  constructor(options: GraphViewOptions) {
    this.factionIds = new Set(options.data.factions.map((f) => f.id));
    this.palette = options.palette;
    for (const d of disputeSpans(options.data)) this.disputes.set(elementId(d.kind, d.key), d);
    this.deaths = new DeathsByDay(options.data.people);
    const ends = [
      ...options.data.memberships.map((m) => ({
        id: elementId('membership', membershipKey(m)),
        to: m.to,
      })),
      ...options.data.alliances.map((r) => ({ id: elementId('alliance', r.id), to: r.to })),
      ...options.data.rivalries.map((r) => ({ id: elementId('rivalry', r.id), to: r.to })),
    ];
    this.ends = new EndsByDay(ends);
    for (const e of ends)
      if (e.to !== undefined && isPartialDate(e.to)) this.endDay.set(e.id, lastDay(e.to));
    const elements = buildElements(options.data, options.positions);
    this.large = elements.length >= OVERVIEW.minElements;
    // Styled once, with the detail the first fit will need (each change of sheet restyles all)
    const container = options.container;
    if (this.large && container) {
      const zoom = fitViewport(
        boundsOf(Object.values(options.positions), NODE_MARGIN),
        { width: container.clientWidth, height: container.clientHeight },
        30,
        LARGE_ZOOM,
      ).zoom;
      this.overview = zoom < OVERVIEW.enter;
    }
    this.cy = cytoscape({
      container,
      headless: !container,
      // Headless (the specs): styles computed all the same, so that they can be read
      styleEnabled: true,
      // Elements are created the first time they are shown (presence.ts)
      elements: [],
      style: buildStylesheet(options.palette, this.sheet()),
      // The page fits once the first state is shown; a fit here measured every element
      layout: { name: 'preset', fit: false },
      ...(this.large ? LARGE_ZOOM : { minZoom: 0.2, maxZoom: 4 }),
      boxSelectionEnabled: false,
      autounselectify: true,
      // Panning a large network moves a picture of it, edges hidden, until the view rests
      textureOnViewport: this.large,
      hideEdgesOnViewport: this.large,
    });
    if (this.large) this.cy.on('zoom', () => this.updateDetail());
    this.presence = new Presence(this.cy, elements);
    if (this.large) this.markLeading(options.data);
    this.cy.on('viewport resize', () => this.boostLabels());
    // Hover, or the keyboard, lifts a node and its neighbourhood and names it (pointer.ts).
    this.pointer = new Pointer(this.cy, options.onPoint ?? (() => {}));
    const onSelect = options.onSelect;
    if (onSelect) {
      this.cy.on('tap', (event) => {
        const target = event.target as Core | NodeSingular | EdgeSingular;
        if (target === this.cy) return onSelect(undefined);
        // Edge ids carry a kind prefix ("a:stalin-bukharin"); the explorer wants the record id
        onSelect(recordOf((target as NodeSingular).id(), (id) => this.factionIds.has(id)).key);
      });
    }
  }

  /** Shows a whole state: used first, and when filters change. */
  show(state: TimelineState, filters: GraphFilters): void {
    this.state = state;
    this.filters = filters;
    this.cy.batch(() => {
      if (this.comparing) this.presence.createdElements().removeClass(COMPARE_CLASSES);
      this.comparing = false;
      for (const id of this.presence.nodeIds) this.applyNode(id);
      for (const id of this.presence.edgeIds) {
        const { kind, key } = recordOf(id, (x) => this.factionIds.has(x));
        this.applyEdge(kind, key);
      }
      this.memberCounts.clear();
      for (const key of state.memberships) this.countMember(key, 1);
      for (const id of this.factionIds) this.setMembers(id);
      this.markUncertain();
      this.presence.sync(this.presence.all());
      this.applySelection();
    });
  }

  /**
   * Shows two years at once: what was gained, what was lost and what held (dimmed); people
   * whose status changed are marked. A later `show` or `step` ends the comparison.
   */
  showCompare(before: TimelineState, after: TimelineState, filters: GraphFilters): void {
    const union = unionState(before, after);
    this.show(union, filters);
    this.comparing = true;
    this.cy.batch(() => {
      for (const element of this.cy.elements()) {
        const { kind, key } = recordOf(element.id(), (id) => this.factionIds.has(id));
        if (kind === 'person') {
          const [was, is] = [before.people.get(key), after.people.get(key)];
          element.toggleClass('status-changed', was !== undefined && was.alive !== is?.alive);
          continue;
        }
        const [inBefore, inAfter] = [isActive(before, kind, key), isActive(after, kind, key)];
        element.toggleClass('gained', inAfter && !inBefore);
        element.toggleClass('lost', inBefore && !inAfter);
        element.toggleClass('held', inBefore && inAfter);
      }
    });
  }

  /** Applies only what changed between two states, in one batch. */
  step(diff: TimelineDiff, state: TimelineState, filters: GraphFilters, emphasise: boolean): void {
    if (!this.state || filters !== this.filters || this.comparing) return this.show(state, filters);
    const before = this.state;
    this.state = state;
    const entering = FRESH_KINDS.reduce((n, kind) => n + diff.entered[kind].length, 0);
    const marking = emphasise && entering <= MAX_FRESH;
    this.cy.batch(() => {
      for (const id of this.fresh) this.presence.get(id)?.removeClass('fresh');
      this.fresh.clear();
      const ghosts = this.ghosts;
      this.ghosts = new Set();
      for (const id of ghosts) this.presence.get(id)?.removeClass('ghost');
      // A set: one element may be touched twice (entered and disputed), and is synced once
      const touched = new Set<Styled>();
      const touch = (element: Styled | undefined) => {
        if (element) touched.add(element);
      };
      for (const kind of ['person', 'faction', ...EDGE_KINDS] as ElementKind[]) {
        for (const key of [...diff.entered[kind], ...diff.exited[kind]]) {
          if (kind === 'person' || kind === 'faction') touch(this.applyNode(key));
          else touch(this.applyEdge(kind, key));
        }
        if (marking && FRESH_KINDS.includes(kind)) {
          for (const key of diff.entered[kind]) this.fresh.add(elementId(kind, key));
        }
      }
      for (const key of [...diff.pastBetrayalsEntered, ...diff.pastBetrayalsExited]) {
        touch(this.applyEdge('betrayal', key));
      }
      // What ended last period stops being drawn as ending; what ends in this one starts
      for (const id of [
        ...ghosts,
        ...this.ends.during(before.window),
        ...this.ends.during(state.window),
      ]) {
        const { kind, key } = recordOf(id, (x) => this.factionIds.has(x));
        touch(this.applyEdge(kind, key));
      }
      if (marking) this.addGhosts(diff, touch);
      const dyingNow = this.deaths.during(state.window);
      for (const id of [...diff.statusChanged, ...this.dying, ...dyingNow])
        touch(this.applyNode(id));
      // A disputed marker comes and goes with the period its disputed part belongs to
      for (const [id, d] of this.disputes) {
        if (d.kind === 'person' || d.kind === 'faction') touch(this.applyNode(id));
        else touch(this.applyEdge(d.kind, d.key));
      }
      // Member counts change by the memberships that changed, not by a recount
      const touchedFactions = new Set<string | undefined>();
      for (const key of diff.entered.membership) {
        if (!before.memberships.has(key) && state.memberships.has(key))
          touchedFactions.add(this.countMember(key, 1));
      }
      for (const key of diff.exited.membership) {
        if (before.memberships.has(key) && !state.memberships.has(key))
          touchedFactions.add(this.countMember(key, -1));
      }
      for (const id of touchedFactions) if (id !== undefined) this.setMembers(id);
      for (const element of this.markUncertain()) touch(element);
      this.presence.sync(touched);
      for (const id of this.fresh) this.presence.get(id)?.addClass('fresh');
      if (this.selected) this.applySelection();
    });
  }

  /**
   * Moves every node to its position; with a duration, the nodes in the graph glide there
   * (eased), and a move still running is cut short so that steps never queue up.
   */
  place(positions: Record<string, Position>, duration = 0): void {
    const gliding: [NodeSingular, Position][] = [];
    this.cy.batch(() => {
      for (const id of this.presence.nodeIds) {
        const to = positions[id];
        if (!to) continue;
        // A node not yet created starts where it is sent
        const node = this.presence.placeDraft(id, to);
        if (!node) continue;
        const at = node.position();
        if (Math.abs(at.x - to.x) < 0.5 && Math.abs(at.y - to.y) < 0.5) continue;
        if (node.animated()) node.stop(true, false);
        if (duration > 0 && !node.removed()) gliding.push([node, to]);
        else node.position({ x: to.x, y: to.y });
      }
    });
    for (const [node, to] of gliding)
      node.animate(
        { position: { x: to.x, y: to.y } },
        { duration, easing: 'ease-in-out-cubic', queue: false },
      );
  }

  /**
   * Sizes people by their emphasis level in the state shown (0: background, no relationship
   * that year); background people leave the graph when `showBackground` is off.
   */
  emphasise(levels: Map<string, number>, showBackground: boolean): void {
    const before = this.levels;
    if (levels === before && showBackground === this.showBackground) return;
    const all = showBackground !== this.showBackground || before.size === 0;
    this.levels = levels;
    this.showBackground = showBackground;
    // Only the people whose level changed are restyled: a step changes few of them
    const changed: string[] = [];
    if (all) changed.push(...this.presence.nodeIds);
    else {
      for (const [id, level] of levels) if (before.get(id) !== level) changed.push(id);
      for (const id of before.keys()) if (!levels.has(id)) changed.push(id);
    }
    if (changed.length === 0) return;
    this.cy.batch(() => {
      const touched: Styled[] = [];
      for (const id of changed) {
        if (this.factionIds.has(id)) continue;
        const shown = this.applyNode(id);
        if (shown) touched.push(shown);
      }
      this.presence.sync(touched);
      if (this.selected) this.applySelection();
    });
  }

  /** Ends the emphasis of what just changed: the halos and the ghosts. */
  clearFresh(): void {
    this.cy.batch(() => {
      for (const id of this.fresh) this.presence.get(id)?.removeClass('fresh');
      const touched: Styled[] = [];
      for (const id of this.ghosts) {
        this.presence.get(id)?.removeClass('ghost');
        const { kind, key } = recordOf(id, (x) => this.factionIds.has(x));
        const edge = this.applyEdge(kind, key);
        if (edge) touched.push(edge);
      }
      this.presence.sync(touched);
    });
    this.fresh.clear();
    this.ghosts.clear();
  }

  /** Alliances and rivalries that the step ended stay, as ghosts, until the next step. */
  private addGhosts(diff: TimelineDiff, touch: (element: Styled | undefined) => void): void {
    for (const kind of ['alliance', 'rivalry'] as const) {
      for (const key of diff.exited[kind]) {
        const id = elementId(kind, key);
        const edge = this.presence.get(id);
        if (!edge || !this.filters?.[EDGE_FILTER[kind]]) continue;
        this.presence.setOff(edge, false);
        edge.addClass('ghost');
        this.ghosts.add(id);
        touch(edge);
      }
    }
  }

  /**
   * Highlights a record's neighbourhood and dims the rest; undefined clears. `lit` replaces the
   * neighbourhood: a path's people and links, an event's people.
   */
  select(id: string | undefined, lit?: { nodes: string[]; links: Link[] }): void {
    this.selected = id;
    this.lit = lit;
    this.cy.batch(() => this.applySelection());
  }

  /**
   * "Show connections only": keeps these people and factions in the graph and takes the rest
   * out; undefined shows everyone again.
   */
  only(nodes: Set<string> | undefined): void {
    if (nodes === this.onlyNodes) return;
    this.onlyNodes = nodes;
    this.cy.batch(() => {
      const touched: Styled[] = [];
      for (const id of this.presence.nodeIds) {
        const shown = this.applyNode(id);
        if (shown) touched.push(shown);
      }
      this.presence.sync(touched);
      this.applySelection();
    });
  }

  /** Fits the graph again whenever `container` is resized (see autofit.ts); returns the stop. */
  keepFitted(container: HTMLElement): Fitting {
    return keepFitted(this, this.cy, container);
  }

  /** Centres the view on an element without changing the zoom. */
  center(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.nonempty()) this.cy.animate({ center: { eles: element } }, { duration: 0 });
  }

  /**
   * Fits the visible graph into the viewport. A large network fits the positions of the
   * nodes in the graph, with room for a node: measuring every element's box and label there
   * took longer than drawing them.
   */
  fit(padding = 30): void {
    if (this.large) {
      const nodes = this.cy.nodes();
      const bounds = boundsOf(
        nodes.map((n) => n.position()),
        NODE_MARGIN,
      );
      this.cy.viewport(
        fitViewport(
          bounds,
          { width: this.cy.width(), height: this.cy.height() },
          padding,
          LARGE_ZOOM,
        ),
      );
    } else this.cy.fit(this.cy.elements(':visible'), padding);
    // A fit is a zoom at rest: the labels take their size now, not in a second full redraw
    this.restLabels('now');
    this.cy.emit(FITTED_EVENT);
  }

  setPalette(palette: Palette): void {
    // A new sheet restyles every element: the page sets the theme it opened with again
    if (palette === this.palette) return;
    this.palette = palette;
    this.cy.style(buildStylesheet(palette, this.sheet()));
  }

  /** Switches a large network to the overview's lines when zoomed out, and back (`OVERVIEW`). */
  private updateDetail(): void {
    const zoom = this.cy.zoom();
    this.restLabels('soon');
    const overview = this.overview ? zoom < OVERVIEW.leave : zoom < OVERVIEW.enter;
    if (overview === this.overview) return;
    this.overview = overview;
    this.cy.style(buildStylesheet(this.palette, this.sheet()));
  }

  /**
   * Leading labels keep their size on screen once the zoom rests (a few dozen nodes): `now` for a
   * zoom that is already at rest (a fit), `soon` for one that may go on (a wheel, a pinch).
   */
  private restLabels(when: 'now' | 'soon'): void {
    clearTimeout(this.leadTimer);
    if (when === 'now') this.sizeLeading();
    else this.leadTimer = setTimeout(() => this.sizeLeading(), LABEL_REST_MS);
  }

  private leadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ids, not elements: a drafted node is replaced by the one created from it. */
  private leading: string[] = [];

  /** Marks a large network's leading actors (LEADING): most relationships, most members. */
  private markLeading(data: DatasetRecords): void {
    const ids = leadingActors(data);
    this.leading = ids;
    for (const id of ids) {
      const node = this.presence.get(id);
      node?.addClass('leading');
      node?.data('leadFont', LEADING.fontPx);
    }
  }

  private sizeLeading(): void {
    if (this.cy.destroyed()) return;
    const font = Math.min(
      LEADING.maxFont,
      Math.max(LEADING.fontPx, LEADING.fontPx / this.cy.zoom()),
    );
    this.cy.batch(() => {
      for (const id of this.leading) {
        const node = this.presence.get(id);
        if (node && Math.abs(node.data('leadFont') - font) > 0.5) node.data('leadFont', font);
      }
    });
  }

  /** Whether the graph is drawn with the overview's lines (for specs and the legend). */
  get detail(): 'overview' | 'full' {
    return this.overview ? 'overview' : 'full';
  }

  /** The stylesheet's options as the view stands: the overview's lines, the label boost. */
  private sheet(): { overview: boolean; boost: number } {
    return { overview: this.overview, boost: this.boost };
  }

  /** Restyles the labels when the zoom changes how legible they are. */
  private boostLabels(): void {
    const boost = labelBoost(this.cy.zoom(), this.cy.width());
    if (boost === this.boost) return;
    this.boost = boost;
    this.cy.style(buildStylesheet(this.palette, this.sheet()));
  }

  /**
   * Every node's position, hidden nodes included (nodes may have been dragged since the
   * layout): what a JSON snapshot stores.
   */
  positions(): Record<string, Position> {
    const positions: Record<string, Position> = {};
    for (const id of this.presence.nodeIds) {
      const { x, y } = this.presence.positionOf(id) ?? { x: 0, y: 0 };
      positions[id] = { x, y };
    }
    return positions;
  }

  /** The graph as shown, as a PNG, without the emphasis of the last step. */
  png(options: PictureOptions): Promise<GraphPicture<Blob>> {
    this.clearFresh();
    // Cytoscape draws the PNG at once and encodes it later: the theme is back before a frame
    return this.inPalette(options.palette, () => pngPicture(this.cy, options));
  }

  /** The graph as shown, as SVG, without the emphasis of the last step. */
  async svg(options: PictureOptions): Promise<GraphPicture<string>> {
    this.clearFresh();
    await registerSvg();
    return this.inPalette(options.palette, () => drawSvg(this.cy, options));
  }

  /** Draws in another theme, then restores the screen's within the same task (no flash). */
  private inPalette<T>(palette: Palette | undefined, draw: () => T): T {
    if (!palette || palette === this.palette) return draw();
    this.cy.style(buildStylesheet(palette, { overview: this.overview }));
    try {
      return draw();
    } finally {
      this.cy.style(buildStylesheet(this.palette, this.sheet()));
    }
  }

  /** Calls `callback` once, after Cytoscape next draws a frame (for the benchmark's mark). */
  onNextRender(callback: () => void): void {
    this.cy.one('render', callback);
  }

  destroy(): void {
    clearTimeout(this.leadTimer);
    this.cy.destroy();
  }

  private applyNode(id: string): Styled | undefined {
    const node = this.presence.get(id);
    if (!node || !this.state || !this.filters) return undefined;
    this.markDispute(node);
    const outside = this.onlyNodes !== undefined && !this.onlyNodes.has(id);
    if (this.factionIds.has(id)) {
      this.presence.setOff(node, outside || !this.state.factions.has(id));
      return node;
    }
    const status = this.state.people.get(id);
    // Without levels (a dataset too large for emphasis) everyone keeps the first size
    const level = this.levels.size > 0 ? (this.levels.get(id) ?? 0) : 1;
    const look = personShown(
      status,
      this.state.window,
      this.personFilters(this.filters),
      this.levels.size > 0 ? level : undefined,
    );
    const dying = look?.dying ?? diesDuring(status, this.state.window);
    if (dying) this.dying.add(id);
    else this.dying.delete(id);
    // What is off leaves the graph as it is: restyling it would be wasted
    if (this.presence.setOff(node, outside || !look) || !look) return node;
    const { dead, background } = look;
    node.toggleClass('dead', dead);
    if (node.hasClass('dying') !== dying) node.toggleClass('dying', dying);
    if (node.hasClass('background') !== background) node.toggleClass('background', background);
    if (node.data('level') !== level) node.data('level', level);
    const fate = graphFate(status, this.state.window);
    const label = fate ? `${node.data('name')}\n${fate}` : node.data('name');
    // Setting data restyles and re-measures the label even when it is unchanged
    if (node.data('label') !== label) node.data('label', label);
    return node;
  }

  private shownWith:
    { filters: GraphFilters; background: boolean; merged: GraphFilters } | undefined;

  /** The filters with the background people's setting, made once per change (not per node). */
  private personFilters(filters: GraphFilters): GraphFilters {
    const seen = this.shownWith;
    if (seen && seen.filters === filters && seen.background === this.showBackground)
      return seen.merged;
    const merged =
      filters.inactive === this.showBackground
        ? filters
        : { ...filters, inactive: this.showBackground };
    this.shownWith = { filters, background: this.showBackground, merged };
    return merged;
  }

  private applyEdge(kind: ElementKind, key: string): Styled | undefined {
    const edge = this.presence.get(elementId(kind, key));
    if (!edge || !this.state || !this.filters) return undefined;
    this.markDispute(edge);
    if (kind === 'betrayal') {
      const look = betrayalShown(this.state, this.filters, key);
      if (!this.presence.setOff(edge, !look)) edge.toggleClass('past', look === 'past');
      return edge;
    }
    const filterOn = kindShown(this.filters, kind as EdgeKind, edge.hasClass('institutional'));
    const active = this.state[STATE_SET[kind as keyof typeof STATE_SET]].has(key);
    if (!this.presence.setOff(edge, !filterOn || !active)) {
      // Ends during the period: drawn fading, not as fully active beside what replaced it
      const ending = (this.endDay.get(edge.id()) ?? Infinity) < this.state.window.end;
      if (edge.hasClass('ending') !== ending) edge.toggleClass('ending', ending);
    }
    return edge;
  }

  /**
   * Gives the class `uncertain` to what the state says is only possibly active (its certain
   * span misses the period; people possibly dead) and takes it from the rest; returns the
   * elements it changed.
   */
  private markUncertain(): Styled[] {
    const ids = new Set<string>();
    const uncertain = this.state?.uncertain;
    for (const kind of Object.keys(uncertain ?? {}) as ElementKind[])
      for (const key of uncertain![kind]) ids.add(elementId(kind, key));
    const changed: Styled[] = [];
    for (const id of new Set([...ids, ...this.uncertainIds])) {
      const element = this.presence.get(id);
      if (!element || element.hasClass('uncertain') === ids.has(id)) continue;
      element.toggleClass('uncertain', ids.has(id));
      changed.push(element);
    }
    this.uncertainIds = ids;
    return changed;
  }

  private markDispute(element: Styled): void {
    const dispute = this.disputes.get(element.id());
    if (!dispute || !this.state) return;
    const shown = disputeShown(dispute, this.state.window);
    if (element.hasClass('disputed') !== shown) element.toggleClass('disputed', shown);
  }

  /** Adds `delta` to the count of a membership's faction; returns the faction's id. */
  private countMember(key: string, delta: number): string | undefined {
    const faction: string | undefined = this.presence
      .get(elementId('membership', key))
      ?.data('target');
    if (faction !== undefined)
      this.memberCounts.set(faction, (this.memberCounts.get(faction) ?? 0) + delta);
    return faction;
  }

  /**
   * Sizes a faction by its member count. A data change restyles the node and recomputes every
   * edge attached to it, so the count is capped where the size stops growing and set only
   * when it changed.
   */
  private setMembers(id: string): void {
    const node = this.presence.get(id);
    const members = Math.min(this.memberCounts.get(id) ?? 0, FULL_SIZE_MEMBERS);
    if (node && node.data('members') !== members) node.data('members', members);
  }

  /** The element drawing a record: a node by its id, an edge by its id with a kind prefix. */
  private elementOf(record: string): CollectionReturnValue | undefined {
    for (const kind of ['person', ...EDGE_KINDS] as ElementKind[]) {
      const element = this.cy.getElementById(elementId(kind, record));
      if (element.nonempty()) return element;
    }
    return undefined;
  }

  private applySelection(): void {
    this.cy.elements('.dimmed').removeClass('dimmed');
    this.cy.elements('.selected').removeClass('selected');
    this.cy.elements('.lit').removeClass('lit');
    if (!this.selected) return;
    const element = this.elementOf(this.selected);
    if (this.lit) {
      let near = this.cy.collection();
      for (const id of this.lit.nodes) near = near.union(this.cy.getElementById(id));
      for (const l of this.lit.links)
        near = near.union(this.cy.getElementById(elementId(l.kind, l.key)));
      // An event's people: the links among them light up too
      if (this.lit.links.length === 0) near = near.union(near.edgesWith(near));
      this.cy.elements().not(near).addClass('dimmed');
      near.nodes().addClass('lit');
      element?.addClass('selected');
      return;
    }
    if (!element) return;
    const near =
      element.group() === 'nodes'
        ? element.closedNeighborhood()
        : element.union(element.connectedNodes());
    this.cy.elements().not(near).addClass('dimmed');
    element.addClass('selected');
  }
}

const COMPARE_CLASSES = 'gained lost held status-changed';

function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  return new Set([...a, ...b]);
}

/** Everything active in either state; people carry their status in the later one. */
function unionState(before: TimelineState, after: TimelineState): TimelineState {
  return {
    window: { start: before.window.start, end: after.window.end },
    people: new Map([...before.people, ...after.people]),
    factions: union(before.factions, after.factions),
    memberships: union(before.memberships, after.memberships),
    alliances: union(before.alliances, after.alliances),
    rivalries: union(before.rivalries, after.rivalries),
    // Betrayals between the two years are shown strongly; older ones faintly.
    betrayals: new Set(
      [...after.betrayals, ...after.pastBetrayals].filter((id) => !before.pastBetrayals.has(id)),
    ),
    pastBetrayals: before.pastBetrayals,
    events: [],
    uncertain: after.uncertain,
  };
}

/** Whether a record is active in a state; a betrayal also once it is past. */
function isActive(state: TimelineState, kind: ElementKind, key: string): boolean {
  return recordActive(state, kind, key) || (kind === 'betrayal' && state.pastBetrayals.has(key));
}
