/**
 * What kind of file a name says: kept apart from the importers so that the page can decide
 * without loading them.
 */

/** Whether a file name is a graph file (GEXF or GraphML) that the import dialog maps. */
export function isGraphFile(name: string): boolean {
  return /\.(gexf|graphml|xml)$/i.test(name);
}
