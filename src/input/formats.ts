/**
 * Files read as one article each, by extension: `.txt` as text, these as web
 * pages (their markup read for its visible text: src/stages/clean/html.ts).
 */
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'] as const;

/** `world/2020-11-10.HTML` -> true, `world/2020-11-10.html.gz` -> true */
export const isHtmlPath = (path: string): boolean => {
  const lower = withoutGz(path.toLowerCase());
  return HTML_EXTENSIONS.some((e) => lower.endsWith(e));
};

/** `a/story.txt.gz` -> true: a file gzipped as a whole, by its name */
export const isGzPath = (path: string): boolean => /\.gz$/i.test(path);

/** `a/story.txt.gz` -> `a/story.txt`; any other path as it is */
export const withoutGz = (path: string): string => (isGzPath(path) ? path.slice(0, -3) : path);

/**
 * A whole web page's markup, whatever the file is called: it opens (after
 * whitespace, a BOM or an XML declaration and comments) with `<!DOCTYPE html`
 * or `<html`, as a crawler's saved page does under a `.txt` name or in a JSON
 * Lines `text` field. No news article's text starts so.
 *
 *   looksLikeHtmlPage('<!doctype html><html>...')  === true
 *   looksLikeHtmlPage('<b>Baku</b> is a city')     === false  (a fragment: read as text)
 */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}
