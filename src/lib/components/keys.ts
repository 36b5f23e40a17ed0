/** True when keys typed into this element are text, not shortcuts. */
export function isTextEntry(element: HTMLElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLSelectElement) return true;
  return (
    element instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color'].includes(
      element.type,
    )
  );
}
