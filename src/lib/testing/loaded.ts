/** The data of a load a spec needs to succeed. */

/** What the loaders and importers return: the data, or the errors that stopped them. */
type Loaded<T> = { ok: true; data: T } | { ok: false; errors: readonly { text: string }[] };

/** The data of `result`; a throw with every error otherwise, so the spec fails saying why. */
export function dataOf<T>(result: Loaded<T>): T {
  if (!result.ok) throw new Error(result.errors.map((e) => e.text).join('\n'));
  return result.data;
}

/** The error texts of `result`, in order; none when it loaded. */
export function errorTexts(result: Loaded<unknown>): string[] {
  return result.ok ? [] : result.errors.map((e) => e.text);
}
