/** Step 2 of cleaning: cut the normalised text into lines with simple features. */
export interface Line {
  readonly index: number;
  /** span in the normalised text, surrounding spaces trimmed */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** a blank line (or the start of the text) comes right before */
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
  readonly words: number;
  /** ends like a sentence: `.`, `!`, `?`, `…`, or a closing quote after one */
  readonly terminal: boolean;
  /** share of words that are English function words */
  readonly stopDensity: number;
}

const STOP = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did not no this that these those it its he she they we you i his her their our your them him who whom which what when where why how than then so such there here will would can could should may might must shall into over after before about against between during under above up down out off again further also only very just says said say'.split(' '),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function splitLines(text: string): Line[] {
  const raw: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    raw.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  const lines: Line[] = [];
  let blank = true;
  for (let i = 0; i < raw.length; i++) {
    let { start, end } = raw[i];
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (start === end) {
      blank = true;
      if (lines.length > 0) (lines[lines.length - 1] as { blankAfter: boolean }).blankAfter = true;
      continue;
    }
    const t = text.slice(start, end);
    const words = wordsOf(t);
    const stops = words.filter((w) => STOP.has(w.toLowerCase())).length;
    lines.push({
      index: lines.length,
      start,
      end,
      text: t,
      blankBefore: blank,
      blankAfter: false,
      words: words.length,
      terminal: /[.!?…][\s"'”’)\]]*$/u.test(t),
      stopDensity: words.length ? stops / words.length : 0,
    });
    blank = false;
  }
  if (lines.length) (lines[lines.length - 1] as { blankAfter: boolean }).blankAfter = true;
  return lines;
}

/** Reads like running prose: a full sentence with function words. */
export function isProse(l: Line): boolean {
  return (l.words >= 8 && l.terminal && l.stopDensity >= 0.15) || (l.words >= 25 && l.stopDensity >= 0.2);
}
