/**
 * Strings in code-unit order (what `<` compares, and the default `sort()`),
 * not locale order: the order of paths, ids and table rows everywhere in the
 * outputs, so it is the same on every machine.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
