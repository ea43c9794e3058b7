/**
 * Files read as one article each, by extension: `.txt` as text, these as web
 * pages (their markup read for its visible text: src/stages/clean/html.ts).
 */
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'] as const;

/** `world/2020-11-10.HTML` -> true */
export const isHtmlPath = (path: string): boolean => {
  const lower = path.toLowerCase();
  return HTML_EXTENSIONS.some((e) => lower.endsWith(e));
};
