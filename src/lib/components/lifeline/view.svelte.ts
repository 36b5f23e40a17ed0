/** What the Lifeline region shows, kept while the selection changes (the panel remounts). */
export const lifelineView = $state<{
  group: boolean;
  faction?: string;
  year?: number;
  /** The record last selected from a lifeline, and whose lifeline it was: it stays shown. */
  from?: { owner: string; record: string };
}>({ group: false });

/** The person or faction whose lifeline goes with the selection, if any. */
export function lifelineOwner(
  selection: string | undefined,
  kind: string | undefined,
): string | undefined {
  if (kind === 'person' || kind === 'faction') return selection;
  const from = lifelineView.from;
  return from && from.record === selection ? from.owner : undefined;
}

/** What the region says when it has nothing to show. */
export const LIFELINE_EMPTY = 'Select a person or faction, or show several people.';
