// Derives a short, readable title from the lede when the text has no headline.
import { findDates, readDateline } from "./date.ts";
import { countWords, isStopword } from "./french.ts";

/** Longest derived title, in characters. */
export const TITLE_MAX = 110;

// A segment that only sets the scene: it opens with a preposition of time, place or circumstance
// ("Lors de la 80ᵉ session", "Dans un système international…", "À Ashgabat", "Depuis juin 2025").
const CIRCUMSTANCE_RE = /^(?:lors d[eu']|lors de la|dans |à |au |aux |en |depuis |dès |après |avant |pendant |durant |sous |selon |face |malgré |par ailleurs|ainsi|cependant|toutefois|pour rappel|le \d|les \d|début |fin |mi-|ce |cette |cet |jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|hier|aujourd)/iu;

// Emoji between two sentences of a post, the next one opening on a capital (pictographs and flags, not © or ®).
const EMOJI_SENTENCE_END_RE = /\s*(?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]\uFE0F?)+\s+(?=[«"“]?\p{Lu})/u;
// Fewest words of a sentence ended by emoji.
const EMOJI_SENTENCE_WORDS = 5;

// Words a title must not end with: articles, prepositions, conjunctions ("… de la", "… et").
function endsDangling(title: string): boolean {
  const last = title.split(/\s+/).pop() ?? "";
  return /['’]$/.test(last) || isStopword(last.replace(/[^\p{L}-]/gu, ""));
}

/** Drops trailing punctuation and dangling little words. */
function tidyEnd(title: string): string {
  let t = title.replace(/[\s,;:–—-]+$/u, "");
  for (let guard = 0; guard < 12 && t.includes(" ") && endsDangling(t); guard++) t = t.replace(/\s+\S+$/u, "").replace(/[\s,;:–—-]+$/u, "");
  // (A phrase of little words, "À la une", stays whole: trimmed, it would leave one, "À".)
  if (!t.includes(" ") && title.split(/\s+/u).length >= 3) t = title.replace(/[\s,;:–—-]+$/u, "");
  return t.replace(/[.…]+$/u, "");
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("fr") + s.slice(1);
}

/** True when the segment holds a date and nothing else of substance ("Les 11 et 12 décembre 2025"). */
function isDateOnly(seg: string): boolean {
  let rest = seg;
  for (const d of findDates(seg)) rest = rest.replace(d.evidence, "");
  return rest.replace(/[\s,]/g, "") === "";
}

// A live page's label opening a line: "En direct", "Direct", "Live".
const LIVE_LABEL_RE = /^(?:en direct|direct|live)$/iu;

/**
 * Derives a title of at most 110 characters from the first sentence of `text`: leading scene-setting segments
 * (dates, places, circumstances) are dropped, then middle circumstance segments, then the title is cut at a
 * clause or word boundary, never ending on "le", "de" or a comma.
 */
export function deriveTitle(text: string): string {
  let clean = text.replace(/\s+/g, " ").trim();
  // A dateline ("ALMATY, 4 mars 2024 (agence) –") says where and when, not what.
  const dateline = readDateline(clean);
  if (dateline && dateline.rest.trim()) clean = dateline.rest.trim();
  let sentence = (clean.split(/(?<=[.!?…])\s+(?=[«"“]?\p{Lu})/u)[0] ?? clean).replace(/[.!?…]+$/u, "");
  // A post ends its sentence on emoji instead of a full stop: "Macron est à Astana et ce n'est pas pour le tourisme
  // 🇫🇷🇰🇿 Le Kazakhstan fournit …" (a short phrase before them is a label: "Rencontre 🤝 Tokaïev et Macron").
  const emojiEnd = EMOJI_SENTENCE_END_RE.exec(sentence);
  if (emojiEnd && countWords(sentence.slice(0, emojiEnd.index)) >= EMOJI_SENTENCE_WORDS) sentence = sentence.slice(0, emojiEnd.index);
  // A colon or a dash ends the main statement: what follows explains it.
  // (Not a live page's label before it: "En direct — Sommet de l'OCS à Tianjin : …".)
  const parts = sentence.split(/\s[:–—]\s/u);
  sentence = parts.length > 1 && LIVE_LABEL_RE.test(parts[0]) ? parts[1] : parts[0];
  let segs = sentence.split(/,\s+/u);
  // Leading scene-setting segments go while a statement is left.
  while (segs.length > 1 && (isDateOnly(segs[0]) || CIRCUMSTANCE_RE.test(segs[0]))) segs = segs.slice(1);
  let title = segs.join(", ");
  // Still too long: drop middle circumstance segments ("…, lors du débat général…, a fait une déclaration").
  for (let i = segs.length - 2; title.length > TITLE_MAX && i >= 1; i--) {
    if (CIRCUMSTANCE_RE.test(segs[i])) {
      segs = [...segs.slice(0, i), ...segs.slice(i + 1)];
      title = segs.join(", ");
    }
  }
  if (title.length > TITLE_MAX) {
    // Cut at the last clause boundary if it keeps enough words, else at the last word.
    const cut = title.slice(0, TITLE_MAX + 1);
    const clause = Math.max(cut.lastIndexOf(", "), cut.lastIndexOf(" et "), cut.lastIndexOf(" qui "), cut.lastIndexOf(" ("));
    title = clause >= 60 ? cut.slice(0, clause) : cut.slice(0, cut.lastIndexOf(" "));
  }
  title = tidyEnd(title.trim());
  return capitalise(title || clean.slice(0, TITLE_MAX).trim());
}
