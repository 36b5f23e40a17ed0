/**
 * The tour a teacher writes in the app: steps recorded from the explorer's view, reordered and
 * removed, kept in localStorage (per dataset) so that a reload does not lose it.
 */
import type { Tour, TourStep } from '$lib/model/dataset/schema';
import { moveItem, slugId } from '$lib/model/dataset/tours';

const PREFIX = 'factions:tour-draft:';

/** A draft: a tour whose steps may still be empty. */
export interface Draft {
  title: string;
  description: string;
  steps: TourStep[];
}

const empty = (): Draft => ({ title: '', description: '', steps: [] });

export class TourDraft {
  draft = $state.raw<Draft>(empty());
  /** Whether the editor is shown. */
  open = $state(false);
  private key = '';

  /**
   * Reads the draft kept for dataset `datasetId` (an empty one when none is kept or it is bad).
   * The schema that checks it (and Zod) loads only when a draft is kept: a first visit has none.
   */
  async load(datasetId: string): Promise<void> {
    const key = PREFIX + datasetId;
    this.key = key;
    this.draft = empty();
    const kept = stored(key);
    if (kept === null) return;
    const { tourSchema } = await import('$lib/model/dataset/schema');
    if (this.key === key) this.draft = readDraft(kept, tourSchema.shape.steps.element);
  }

  private save(next: Draft): void {
    this.draft = next;
    try {
      if (next.steps.length === 0 && !next.title && !next.description)
        localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify(next));
    } catch {
      // Storage full or forbidden: the draft lives until the page closes
    }
  }

  setWords(words: Partial<Pick<Draft, 'title' | 'description'>>): void {
    this.save({ ...this.draft, ...words });
  }

  add(step: TourStep): void {
    this.save({ ...this.draft, steps: [...this.draft.steps, step] });
  }

  move(index: number, delta: number): void {
    this.save({ ...this.draft, steps: moveItem(this.draft.steps, index, delta) });
  }

  remove(index: number): void {
    this.save({ ...this.draft, steps: this.draft.steps.filter((_, i) => i !== index) });
  }

  clear(): void {
    this.save(empty());
  }

  /** The draft as a tour (undefined without steps): what "Download tour" and "Play" use. */
  tour(): Tour | undefined {
    const { steps } = this.draft;
    if (steps.length === 0) return undefined;
    const title = this.draft.title.trim() || 'My tour';
    const description = this.draft.description.trim() || title;
    return { id: slugId(title), title, description, steps };
  }
}

/** The text kept under `key`, or null (nothing kept, or storage forbidden). */
function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** A kept draft's text read back; whatever is not a valid step is dropped. */
function readDraft(
  text: string,
  stepSchema: { safeParse(value: unknown): { success: true; data: TourStep } | { success: false } },
): Draft {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return empty();
    const { title, description, steps } = value as Record<string, unknown>;
    return {
      title: typeof title === 'string' ? title.slice(0, 200) : '',
      description: typeof description === 'string' ? description.slice(0, 2000) : '',
      steps: Array.isArray(steps)
        ? steps.flatMap((s) => {
            const parsed = stepSchema.safeParse(s);
            return parsed.success ? [parsed.data] : [];
          })
        : [],
    };
  } catch {
    return empty();
  }
}

export const tourDraft = new TourDraft();
