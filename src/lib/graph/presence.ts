/**
 * Keeps hidden elements out of the graph. Cytoscape's work on every frame (bounding boxes,
 * z-ordering, the draw loop) covers every element in the graph, shown or not, and creating an
 * element costs as much as drawing it. So an element is created the first time it is shown:
 * until then it is a draft, its definition, which takes the same class and data changes. Once
 * created, a hidden element is removed from the graph, which costs nothing until it is
 * restored with its classes and data as they were. An element is in the graph when it is not
 * off and, for an edge, when both of its ends are.
 */
import type {
  Collection,
  CollectionArgument,
  Core,
  ElementDefinition,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';

/** Classes that describe the moment (the selection), reapplied after a restore. */
const TRANSIENT = 'dimmed selected lit';

/** What the view changes on an element, drafted or created: its classes and its data. */
export interface Styled {
  id(): string;
  isNode(): boolean;
  hasClass(name: string): boolean;
  toggleClass(name: string, on?: boolean): unknown;
  addClass(name: string): unknown;
  removeClass(name: string): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Cytoscape's data is untyped
  data(key: string): any;
  data(key: string, value: unknown): unknown;
}

/** An element not yet created: its definition, changed as the element would be. */
export class Draft implements Styled {
  private readonly classes: Set<string>;

  constructor(private readonly definition: ElementDefinition) {
    this.classes = new Set(
      String(definition.classes ?? '')
        .split(' ')
        .filter(Boolean),
    );
  }

  id(): string {
    return this.definition.data.id as string;
  }

  isNode(): boolean {
    return this.definition.group === 'nodes';
  }

  hasClass(name: string): boolean {
    return this.classes.has(name);
  }

  toggleClass(name: string, on = !this.classes.has(name)): this {
    if (on) this.classes.add(name);
    else this.classes.delete(name);
    return this;
  }

  addClass(name: string): this {
    return this.toggleClass(name, true);
  }

  removeClass(name: string): this {
    return this.toggleClass(name, false);
  }

  data(key: string): unknown;
  data(key: string, value: unknown): this;
  data(key: string, ...value: unknown[]): unknown {
    if (value.length === 0) return this.definition.data[key];
    this.definition.data[key] = value[0];
    return this;
  }

  /** Where the node will be created (a layout may move it before it is). */
  position(to?: Position): Position | undefined {
    if (to) this.definition.position = { x: to.x, y: to.y };
    return this.definition.position;
  }

  /** The definition with the classes as they stand, for `cy.add`. */
  toDefinition(): ElementDefinition {
    return { ...this.definition, classes: [...this.classes].join(' ') };
  }
}

/** Every element of a graph, drafted, in it or removed, and the rule that says which are in it. */
export class Presence {
  /** Ids of every node and every edge, in the order of their definitions. */
  readonly nodeIds: string[] = [];
  readonly edgeIds: string[] = [];
  private readonly drafts = new Map<string, Draft>();
  private readonly created = new Map<string, SingularElementArgument>();
  /** Ids of the elements that should be out of the graph. */
  private readonly off = new Set<string>();
  private readonly edgesOf = new Map<string, string[]>();
  private readonly ends = new Map<string, [string, string]>();

  constructor(
    private readonly cy: Core,
    definitions: ElementDefinition[],
  ) {
    for (const definition of definitions) {
      const draft = new Draft(definition);
      const id = draft.id();
      this.drafts.set(id, draft);
      this.off.add(id);
      if (draft.isNode()) {
        this.nodeIds.push(id);
        continue;
      }
      this.edgeIds.push(id);
      const ends: [string, string] = [definition.data.source, definition.data.target];
      this.ends.set(id, ends);
      for (const end of ends) {
        const list = this.edgesOf.get(end);
        if (list) list.push(id);
        else this.edgesOf.set(end, [id]);
      }
    }
  }

  /** The element with this id, created or drafted; undefined when there is none. */
  get(id: string): Styled | undefined {
    return this.created.get(id) ?? this.drafts.get(id);
  }

  /** Every element, created or drafted. */
  all(): Styled[] {
    return [...this.nodeIds, ...this.edgeIds].map((id) => this.get(id)!);
  }

  /** The elements created so far, in the graph or removed. */
  createdElements(): Collection {
    return this.collect([...this.created.values()]);
  }

  /** A node's position, created or drafted (undefined for an unknown id). */
  positionOf(id: string): Position | undefined {
    const node = this.created.get(id);
    if (node) return (node as NodeSingular).position();
    return this.drafts.get(id)?.position();
  }

  /**
   * Moves a node that has not been created yet; returns the created node to move instead, or
   * undefined when there is none.
   */
  placeDraft(id: string, to: Position): NodeSingular | undefined {
    const node = this.created.get(id);
    if (node) return node as NodeSingular;
    this.drafts.get(id)?.position(to);
    return undefined;
  }

  /** Marks an element off (out of the graph) or on; `sync` acts on it. Returns `off`. */
  setOff(element: Styled, off: boolean): boolean {
    if (off) this.off.add(element.id());
    else this.off.delete(element.id());
    return off;
  }

  /**
   * Removes the given elements that are off; restores or creates those that are on, and the
   * edges of the nodes that came in. Call in a batch.
   */
  sync(elements: Iterable<Styled>): void {
    const detach: SingularElementArgument[] = [];
    const nodes: string[] = [];
    const edges = new Set<string>();
    for (const element of elements) {
      const id = element.id();
      const made = this.created.get(id);
      if (this.off.has(id)) {
        if (made && !made.removed()) detach.push(made);
      } else if (!made || made.removed()) {
        if (element.isNode()) nodes.push(id);
        else edges.add(id);
      }
    }
    // Removing a node removes its edges too; they come back with it below if they are on
    this.collect(detach).remove();
    this.bringIn(nodes);
    for (const node of nodes) for (const edge of this.edgesOf.get(node) ?? []) edges.add(edge);
    this.bringIn(
      [...edges].filter((id) => {
        const made = this.created.get(id);
        const [source, target] = this.ends.get(id)!;
        return (
          (!made || made.removed()) && !this.off.has(id) && this.isIn(source) && this.isIn(target)
        );
      }),
    );
  }

  /** Restores the removed elements among `ids` and creates the drafted ones, in bulk. */
  private bringIn(ids: string[]): void {
    const restore: SingularElementArgument[] = [];
    const create: ElementDefinition[] = [];
    for (const id of ids) {
      const made = this.created.get(id);
      if (made) restore.push(made);
      else create.push(this.drafts.get(id)!.toDefinition());
    }
    this.collect(restore).removeClass(TRANSIENT).restore();
    if (create.length === 0) return;
    for (const element of this.cy.add(create)) {
      this.created.set(element.id(), element);
      this.drafts.delete(element.id());
    }
  }

  /** A collection of elements, removed ones included (the typings miss this overload). */
  private collect(elements: SingularElementArgument[]): Collection {
    return this.cy.collection(elements as unknown as CollectionArgument);
  }

  private isIn(id: string): boolean {
    const element = this.created.get(id);
    return element !== undefined && !element.removed();
  }
}
