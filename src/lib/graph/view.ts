/**
 * The adapter between the timeline and Cytoscape: it creates `cy` once, then applies states
 * and diffs as class and data changes inside one `cy.batch()`. It never runs a layout.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import type { DatasetRecords, Position } from '$lib/model/schema';
import type { ElementKind, TimelineDiff, TimelineState } from '$lib/model/timeline';
import { fateText } from '$lib/model/format';
import { EDGE_FILTER, type GraphFilters } from '$lib/model/filters';
import { buildElements, EDGE_PREFIX, elementId, recordOf } from './elements';
import { buildStylesheet } from './stylesheet';
import type { Palette } from './palette';

const EDGE_KINDS = ['membership', 'alliance', 'rivalry', 'betrayal'] as const;
const STATE_SET = {
  membership: 'memberships',
  alliance: 'alliances',
  rivalry: 'rivalries',
} as const;
const FRESH_KINDS: ElementKind[] = ['faction', 'alliance', 'rivalry', 'betrayal'];

export interface GraphViewOptions {
  container?: HTMLElement;
  data: DatasetRecords;
  positions: Record<string, Position>;
  palette: Palette;
  /** Called with the record a user tapped, or undefined for the background. */
  onSelect?: (id: string | undefined) => void;
}

/** One Cytoscape instance showing one dataset at one time. */
export class GraphView {
  readonly cy: Core;
  private state: TimelineState | undefined;
  private filters: GraphFilters | undefined;
  private selected: string | undefined;
  private fresh = new Set<string>();
  private comparing = false;
  private factionIds: Set<string>;

  constructor(options: GraphViewOptions) {
    this.factionIds = new Set(options.data.factions.map((f) => f.id));
    this.cy = cytoscape({
      container: options.container,
      headless: !options.container,
      elements: buildElements(options.data, options.positions),
      style: buildStylesheet(options.palette),
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    const onSelect = options.onSelect;
    if (onSelect) {
      this.cy.on('tap', (event) => {
        const target = event.target as Core | NodeSingular | EdgeSingular;
        onSelect(target === this.cy ? undefined : (target as NodeSingular).id());
      });
    }
  }

  /** Shows a whole state: used first, and when filters change. */
  show(state: TimelineState, filters: GraphFilters): void {
    this.state = state;
    this.filters = filters;
    this.cy.batch(() => {
      if (this.comparing) this.cy.elements().removeClass(COMPARE_CLASSES);
      this.comparing = false;
      for (const node of this.cy.nodes()) this.applyNode(node.id());
      for (const edge of this.cy.edges()) {
        const { kind, key } = recordOf(edge.id(), (id) => this.factionIds.has(id));
        this.applyEdge(kind, key);
      }
      this.updateMemberCounts(this.cy.nodes('.faction').map((n) => n.id()));
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
    this.state = state;
    this.cy.batch(() => {
      for (const id of this.fresh) this.cy.getElementById(id).removeClass('fresh');
      this.fresh.clear();
      const touchedFactions = new Set<string>();
      for (const kind of ['person', 'faction', ...EDGE_KINDS] as ElementKind[]) {
        for (const key of [...diff.entered[kind], ...diff.exited[kind]]) {
          if (kind === 'person' || kind === 'faction') this.applyNode(key);
          else this.applyEdge(kind, key);
          if (kind === 'membership')
            touchedFactions.add(this.cy.getElementById(elementId(kind, key)).data('target'));
        }
        if (emphasise && FRESH_KINDS.includes(kind)) {
          for (const key of diff.entered[kind]) this.fresh.add(elementId(kind, key));
        }
      }
      for (const key of [...diff.pastBetrayalsEntered, ...diff.pastBetrayalsExited]) {
        this.applyEdge('betrayal', key);
      }
      for (const id of diff.statusChanged) this.applyNode(id);
      this.updateMemberCounts([...touchedFactions]);
      for (const id of this.fresh) this.cy.getElementById(id).addClass('fresh');
      if (this.selected) this.applySelection();
    });
  }

  /** Ends the emphasis of what just changed. */
  clearFresh(): void {
    this.cy.batch(() => {
      for (const id of this.fresh) this.cy.getElementById(id).removeClass('fresh');
    });
    this.fresh.clear();
  }

  /** Highlights a record's neighbourhood and dims the rest; undefined clears. */
  select(id: string | undefined): void {
    this.selected = id;
    this.cy.batch(() => this.applySelection());
  }

  /** Centres the view on an element without changing the zoom. */
  center(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.nonempty()) this.cy.animate({ center: { eles: element } }, { duration: 0 });
  }

  /** Fits the visible graph into the viewport. */
  fit(padding = 30): void {
    this.cy.fit(this.cy.elements(':visible'), padding);
  }

  setPalette(palette: Palette): void {
    this.cy.style(buildStylesheet(palette));
  }

  destroy(): void {
    this.cy.destroy();
  }

  private applyNode(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty() || !this.state || !this.filters) return;
    if (this.factionIds.has(id)) {
      node.toggleClass('off', !this.state.factions.has(id));
      return;
    }
    const status = this.state.people.get(id);
    const dead = status !== undefined && !status.alive;
    node.toggleClass('off', status === undefined || (dead && !this.filters.dead));
    node.toggleClass('dead', dead);
    const fate = fateText(status);
    node.data('label', fate ? `${node.data('name')}\n${fate}` : node.data('name'));
  }

  private applyEdge(kind: ElementKind, key: string): void {
    const edge = this.cy.getElementById(elementId(kind, key));
    if (edge.empty() || !this.state || !this.filters) return;
    const filterOn = this.filters[EDGE_FILTER[kind as keyof typeof EDGE_FILTER]];
    if (kind === 'betrayal') {
      const strong = this.state.betrayals.has(key);
      const past = this.state.pastBetrayals.has(key) && this.filters.pastBetrayals;
      edge.toggleClass('past', !strong && past);
      edge.toggleClass('off', !filterOn || (!strong && !past));
      return;
    }
    const active = this.state[STATE_SET[kind as keyof typeof STATE_SET]].has(key);
    edge.toggleClass('off', !filterOn || !active);
  }

  private updateMemberCounts(factionIds: string[]): void {
    for (const id of factionIds) {
      const node = this.cy.getElementById(id);
      const active = this.state?.memberships;
      const prefix = EDGE_PREFIX.membership.length;
      const members = node
        .connectedEdges('.membership')
        .filter((e) => active?.has(e.id().slice(prefix)) ?? false).length;
      node.data('members', members);
    }
  }

  private applySelection(): void {
    this.cy.elements('.dimmed').removeClass('dimmed');
    this.cy.elements('.selected').removeClass('selected');
    if (!this.selected) return;
    const element = this.cy.getElementById(this.selected);
    if (element.empty()) return;
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
  };
}

/** Whether a non-person record is active in a state (betrayals: strong or past). */
function isActive(state: TimelineState, kind: ElementKind, key: string): boolean {
  switch (kind) {
    case 'faction':
      return state.factions.has(key);
    case 'membership':
      return state.memberships.has(key);
    case 'alliance':
      return state.alliances.has(key);
    case 'rivalry':
      return state.rivalries.has(key);
    case 'betrayal':
      return state.betrayals.has(key) || state.pastBetrayals.has(key);
    default:
      return false;
  }
}
