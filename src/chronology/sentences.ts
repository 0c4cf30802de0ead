// Splits French article text into sentences, keeping each sentence's offset in its block.

/** A sentence and where it starts in the text it was cut from. */
export interface Sentence {
  text: string;
  start: number;
}

// A sentence end: `.`, `!`, `?` or `…`, maybe a closing quote, then space: "… Xi Jinping. Les deux".
const SENTENCE_END_RE = /[.!?…]+[»”"’)]*(?=\s)/gu;
// What may open the next sentence: a capital, a digit or an opening quote or dash ("Le", "24", "« Nous", "— Il").
const SENTENCE_START_RE = /^\s+[\p{Lu}\d«“"—–-]/u;
// A word that ends in a period without ending the sentence: an initial ("A."), a title or a month abbreviation.
const ABBREVIATION_RE = /(?:^|[\s(«“'’.-])(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|av|apr|J\.-C|env|cf|p|pp|n°|no|vol|éd|janv|févr|avr|juil|sept|oct|nov|déc)\.$/u;

/**
 * Cuts `text` into sentences. A period after an initial or a common French abbreviation (`M.`, `A. A.`, `nov.`)
 * does not end a sentence, nor does punctuation inside « guillemets » (a quoted sentence stays in the sentence
 * that quotes it). Sentences are trimmed; their texts joined back hold every word of `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m; m = SENTENCE_END_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (!SENTENCE_START_RE.test(text.slice(end, end + 3))) continue;
    // French quotations open with « and close with »: a quote still open means the period is the speaker's.
    if (quoteOpen(text, from, end)) continue;
    if (m[0] === "." && ABBREVIATION_RE.test(text.slice(Math.max(from, m.index - 8), m.index + 1))) continue;
    push(out, text, from, end);
    from = end;
  }
  push(out, text, from, text.length);
  return out;
}

// True when text[from, end) opens more « than it closes ».
function quoteOpen(text: string, from: number, end: number): boolean {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab) depth++;
    else if (c === 0xbb) depth--;
  }
  return depth > 0;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, start: from + lead });
}
