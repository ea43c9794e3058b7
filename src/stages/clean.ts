import type { CleanDocument, DroppedBlock, KeptBlock, SourceDocument } from '../model/document.js';
import { ComposedMap, OffsetMapBuilder } from '../model/offset-map.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { normalizeText } from './clean/normalize.js';
import { joinWrapped, splitLines } from './clean/lines.js';
import { classifyLines } from './clean/classify.js';

/**
 * The clean stage: normalise characters, cut the text into lines, classify
 * each line (title, metadata, body, caption, or dropped boilerplate) and build
 * the clean text from the kept parts, separated by blank lines, with a map from
 * every clean position back to the original text.
 */
export function clean(doc: SourceDocument, ctx: { report: Reporter }): CleanDocument {
  const norm = normalizeText(doc.text);
  const lines = joinWrapped(norm.text, splitLines(norm.text));
  const { decisions, metadata } = classifyLines(lines);

  const b = new OffsetMapBuilder();
  const blocks: KeptBlock[] = [];
  const dropped: DroppedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const d = decisions[i];
    const l = lines[i];
    const orig = norm.map.toOriginal({ start: l.start, end: l.end });
    if (d.zone === 'dropped' || !d.keep) {
      dropped.push({ span: orig, reason: d.reason, text: l.text });
      ctx.report.info('clean/dropped-block', `dropped ${d.reason}: ${JSON.stringify(l.text.length > 80 ? l.text.slice(0, 77) + '...' : l.text)}`, { span: orig });
      continue;
    }
    // blocks are separated by a blank line anchored at the end of the previous block
    if (b.cleanLength > 0) b.replace('\n\n', d.keep.start, 0);
    const cleanStart = b.cleanLength;
    b.copy(norm.text, d.keep.start, d.keep.end - d.keep.start);
    blocks.push({
      span: norm.map.toOriginal(d.keep),
      clean: { start: cleanStart, end: b.cleanLength },
      zone: d.zone,
    });
  }
  const built = b.build();
  if (blocks.length === 0 && lines.length > 0) ctx.report.warn('clean/no-content', 'nothing was left after cleaning: every line looked like boilerplate');
  return {
    ...doc,
    clean: built.text,
    toSource: new ComposedMap(built.map, norm.map),
    metadata,
    blocks,
    dropped,
  };
}
