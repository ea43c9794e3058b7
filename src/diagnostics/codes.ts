/**
 * The catalogue of diagnostic codes. Every diagnostic the pipeline emits uses
 * one of these, so the docs and tests can list them. `severity` is the default;
 * `fail` marks the document as failed (the batch goes on).
 */
export const DIAGNOSTIC_CODES = {
  'read/unreadable': { severity: 'fail', summary: 'the file could not be read (permissions, vanished, broken symlink, I/O error)' },
  'read/too-large': { severity: 'fail', summary: 'the file is above the --max-bytes limit; refused without reading it' },
  'read/empty': { severity: 'warn', summary: 'the file is empty or whitespace only; no entities' },
  'read/binary': { severity: 'fail', summary: 'the file holds NUL bytes or is not text; skipped' },
  'read/invalid-utf8': { severity: 'warn', summary: 'invalid UTF-8 byte sequences replaced by U+FFFD (count and byte offset of the first given)' },
  'read/invalid-utf16': { severity: 'warn', summary: 'a UTF-16 file with an odd number of bytes; the last byte is dropped' },
  'read/legacy-encoding': { severity: 'warn', summary: 'not UTF-8: the encoding was detected (chardet) and decoded (iconv-lite); the guess and the first non-UTF-8 byte offset are given' },
  'read/bad-jsonl': { severity: 'fail', summary: 'a JSON Lines input line is not an article object with "id" and "text"; the other lines go on' },
  'read/bad-csv': { severity: 'fail', summary: 'a CSV input row csv-parse cannot read, or a CSV file without a "text" column in its header row; the other rows and files go on' },
  'read/other-language': { severity: 'warn', summary: 'the page (<html lang>) or the web archive record (WARC-Identified-Content-Language) declares a language other than English, which the gazetteers and rules are made for: its names may be missed or wrong' },
  'read/bad-json': { severity: 'fail', summary: 'a .json input that is no JSON, or an element of its array that is no article object with a text; the other elements and files go on' },
  'read/bad-warc': { severity: 'fail', summary: 'a WARC file, or a record of one, that cannot be read (not a WARC file, a record cut short or damaged); the records before it and the other files go on' },
  'read/in-parts': { severity: 'warn', summary: 'a plain-text file, or a JSON Lines, CSV, JSON or web archive article that is no page\'s markup, of more than 1,000,000 characters (more than a news article: an export of many, a book) is processed in parts of at most 250,000 characters cut at paragraph breaks, each a document `ID#part-N` whose offsets and lines are the whole text\'s; names are resolved within a part, and its pairs of entities counted where they share a sentence' },
  'read/truncated-record': { severity: 'warn', summary: 'a web archive record the crawler cut short (its WARC-Truncated header: over the crawler\'s size or time limit); the article may end mid-text' },
  'clean/dropped-block': { severity: 'info', summary: 'a block was removed as boilerplate (reason given)' },
  'clean/no-content': { severity: 'warn', summary: 'nothing was left after cleaning' },
  'clean/other-language': { severity: 'warn', summary: 'with --english-only: the cleaned text reads as a language other than English (eld\'s language identification of its first 2,000 characters, 200 letters at least): the document is not processed' },
  'clean/long-text': { severity: 'warn', summary: 'a web page\'s text is over 1,000,000 characters, more than a news article (many articles in one): it is one document, its articles not told apart (a .txt file\'s text, or an input\'s article, this long is processed in parts: read/in-parts), and the page rules (sidebars, reader comments) act on parts of 10,000 characters; the share kept is given (a kept text this long is then split, tagged and resolved in sections: split/in-sections)' },
  'clean/bad-date': { severity: 'info', summary: 'a date-looking metadata line could not be parsed' },
  'split/no-sentence': { severity: 'warn', summary: 'the cleaned text has no sentence' },
  'split/in-sections': { severity: 'warn', summary: 'the cleaned text is over 1,000,000 characters (a web page of many articles): split, tagged and resolved in sections of at most 250,000 characters cut at paragraph breaks, one after another (a section\'s working memory, not the page\'s), and joined as one document; a name is resolved within its section only' },
  'split/long-sentence': { severity: 'warn', summary: 'a run-on sentence (no end punctuation, one huge line) was cut every 300 tokens' },
  'tag/ambiguous-alias': { severity: 'info', summary: 'several gazetteer entries share the alias; the chosen id, the number of candidates and the deciding rule are given' },
  'tag/context-place': { severity: 'info', summary: "a place the name finder typed by its context named by a gazetteer town matched by context only (a person's name or a common word: 'Charlotte, N.C.'); the id and what picked it are given" },
  'tag/acronym-of-name': { severity: 'info', summary: "an organisation's acronym that is the initials of a gazetteer organisation the document names in full ('the International Criminal Court … the ICC'): that organisation, whatever entry the acronym had" },
  'tag/royal-name': { severity: 'info', summary: "a gazetteer's town named by a royal's title and a given name ('Princess Anne', 'Prince George') with no place's preposition before it nor a comma and a gazetteer's region or country after it: the person, not the town; the town is given" },
  'tag/remote-town': { severity: 'info', summary: "a one-word name whose only gazetteer place is a town of under 10,000 people in a country the document names nowhere else, with no place's preposition before it ('Lord Ashcroft', 'the Mobo awards'): no place; the town is given" },
  'tag/thin-place': { severity: 'info', summary: "a name the rules typed as a place only after a preposition ('in Flickr'), in fewer than a third of its four or more mentions, the rest by document consistency: it is left untyped; the counts are given" },
  'tag/middle-initial': { severity: 'info', summary: "a person the rules found with middle initials ('Barack H Obama') is the gazetteer's person of the name without them, whose names fit the initials or name no other ('Barack Hussein Obama'); the id is given" },
  'tag/body-country': { severity: 'info', summary: "a government body the rules found without its country ('the Finance Ministry') is that of the country before it, of the document's other bodies of its kind or of the dateline: the gazetteer's body of that country, else one id of its nationality and kind ('Japanese Ministry of Finance')" },
  'tag/overlap-dropped': { severity: 'info', summary: 'a candidate mention lost to an overlapping one (overlap rule)' },
  'resolve/ambiguous-short-name': { severity: 'info', summary: 'a short name matches several people in the document; not linked' },
  'export/many-entities': { severity: 'warn', summary: 'the document names more distinct entities than a news article does (over 500: many articles in one file, or a long list): cooccurrences.csv counts its pairs only where they share a sentence, not every pair in the document' },
  'pipeline/internal-error': { severity: 'fail', summary: 'a bug: an unexpected exception while processing this document' },
  'pipeline/worker-crashed': { severity: 'fail', summary: 'the worker thread died processing this document (out of memory, or a crash; with --worker-heap, also when redone without the limit)' },
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
